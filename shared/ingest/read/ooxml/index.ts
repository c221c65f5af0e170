// Our own streaming reader of .xlsx/.xlsm packages: zip parts, shared strings, styles and worksheets to grids.
export { readOoxml } from './read-ooxml';
export { hasXmlWorkbook, WORKBOOK_PART } from './workbook-parts';
export { partKey, ZipParts } from './zip-parts';
