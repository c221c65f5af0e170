// The report workbook's screen and print setup: the print area and titles as defined names SheetJS writes, and what
// SheetJS CE cannot write added to its XML: frozen panes, A4 landscape fitted to the width, gridlines, the page-number
// footer, and the title, header and wrapping cell styles (ECMA-376 Part 1, §18.3.1 and §18.8).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as XLSX from 'xlsx';
import { HEADER_ROW, TITLE_ROW, type SheetLayout } from './xlsx-table';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `xml` with its one `anchor` replaced; a missing anchor means SheetJS changed what it writes. */
function replaceOnce(xml: string, anchor: string, replacement: string): string {
  const at = xml.indexOf(anchor);
  if (at < 0) throw new Error(`Workbook part without ${anchor}`);
  return xml.slice(0, at) + replacement + xml.slice(at + anchor.length);
}

/** Print_Area (the title, the header and the printed columns) and Print_Titles (the header row on every page). */
export function printNames(sheetName: string, sheetIndex: number, layout: SheetLayout): XLSX.DefinedName[] {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const header = `$${HEADER_ROW + 1}`;
  const last = XLSX.utils.encode_cell({ r: layout.lastRow, c: layout.printedColumns - 1 }).replace(/^([A-Z]+)/, '$$$1$$');
  return [
    { Name: '_xlnm.Print_Area', Sheet: sheetIndex, Ref: `${sheet}!$A$${TITLE_ROW + 1}:${last}` },
    { Name: '_xlnm.Print_Titles', Sheet: sheetIndex, Ref: `${sheet}!${header}:${header}` },
  ];
}

interface Styles {
  title: number;
  header: number;
  text: number;
  wrap: number;
}

/** SheetJS's styles part with a bold 14-point title, a bold shaded header and wrapped text added at its end. */
function withStyles(xml: string): { xml: string; styles: Styles } {
  const count = (tag: string) => Number(new RegExp(`<${tag} count="(\\d+)"`).exec(xml)?.[1] ?? NaN);
  const [fonts, fills, xfs] = [count('fonts'), count('fills'), count('cellXfs')];
  const font = /<font>(.*?)<\/font>/.exec(xml)?.[1];
  if (font === undefined || [fonts, fills, xfs].some(Number.isNaN)) throw new Error('Unexpected styles part from SheetJS');
  const bold = `<font><b/>${font}</font>`;
  const large = `<font><b/>${font.replace(/<sz val="[^"]*"\/>/, '<sz val="14"/>')}</font>`;
  const shade = '<fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF3"/><bgColor indexed="64"/></patternFill></fill>';
  const added = [
    `<xf numFmtId="0" fontId="${fonts + 1}" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>`,
    `<xf numFmtId="0" fontId="${fonts}" fillId="${fills}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>`,
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center"/></xf>',
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>',
  ];
  let out = replaceOnce(xml, `<fonts count="${fonts}">`, `<fonts count="${fonts + 2}">`);
  out = replaceOnce(out, '</fonts>', `${bold}${large}</fonts>`);
  out = replaceOnce(out, `<fills count="${fills}">`, `<fills count="${fills + 1}">`);
  out = replaceOnce(out, '</fills>', `${shade}</fills>`);
  // SheetJS's formats centred vertically like the added styles, so that a row's cells line up when one of them wraps.
  const cellXfs = /<cellXfs count="\d+">(.*?)<\/cellXfs>/.exec(out)![1]!;
  const centred = cellXfs.replace(/<xf ([^>]*)\/>/g, '<xf $1 applyAlignment="1"><alignment vertical="center"/></xf>');
  out = replaceOnce(out, `<cellXfs count="${xfs}">${cellXfs}</cellXfs>`, `<cellXfs count="${xfs + added.length}">${centred}${added.join('')}</cellXfs>`);
  return { xml: out, styles: { title: xfs, header: xfs + 1, text: xfs + 2, wrap: xfs + 3 } };
}

/** The title cell, the header row and the wrapped columns' text cells get their style (numbers keep their format's). */
function styleCells(xml: string, layout: SheetLayout, styles: Styles): string {
  const wrapped = new Set(layout.wrapped);
  return xml.replace(/<c r="([A-Z]+)(\d+)"(?![^>]*\ss=)/g, (whole, column: string, row: string) => {
    const r = Number(row) - 1;
    const c = XLSX.utils.decode_col(column);
    const style = r === TITLE_ROW ? styles.title : r === HEADER_ROW ? styles.header : wrapped.has(c) ? styles.wrap : styles.text;
    return `${whole} s="${style}"`;
  });
}

/** The title and header rows stay in view, and the first `frozenColumns` columns with them. */
function frozenView(layout: SheetLayout): string {
  const topLeft = XLSX.utils.encode_cell({ r: HEADER_ROW + 1, c: layout.frozenColumns });
  const pane = layout.frozenColumns > 0 ? 'bottomRight' : 'bottomLeft';
  const split = `${layout.frozenColumns > 0 ? `xSplit="${layout.frozenColumns}" ` : ''}ySplit="${HEADER_ROW + 1}"`;
  return `<sheetView workbookViewId="0"><pane ${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

function finishSheet(xml: string, layout: SheetLayout, styles: Styles, footer: string): string {
  let out = styleCells(xml, layout, styles);
  // fitToWidth only applies with the sheet's fitToPage flag; fitToHeight 0 lets the rows run on to as many pages as they need.
  out = replaceOnce(out, '<dimension', '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
  out = replaceOnce(out, '<sheetView workbookViewId="0"/>', frozenView(layout));
  out = replaceOnce(out, '<pageMargins', '<printOptions horizontalCentered="1" gridLines="1"/><pageMargins');
  const pageMargins = /<pageMargins[^>]*\/>/.exec(out)![0];
  const pageSetup = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  const pageFooter = `<headerFooter><oddFooter>${escapeXml(`&C${footer}`)}</oddFooter></headerFooter>`;
  return replaceOnce(out, pageMargins, pageMargins + pageSetup + pageFooter);
}

/** The workbook SheetJS wrote (its sheets in `layouts`' order), finished for screen and print. */
export function finishForPrint(xlsx: Uint8Array, layouts: SheetLayout[], footer: string): Uint8Array {
  const files = unzipSync(xlsx);
  const { xml: stylesXml, styles } = withStyles(strFromU8(files['xl/styles.xml']!));
  files['xl/styles.xml'] = strToU8(stylesXml);
  layouts.forEach((layout, i) => {
    // SheetJS names the parts by position: xl/worksheets/sheet1.xml is the first sheet.
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    if (!files[part]) throw new Error(`Workbook without ${part}`);
    files[part] = strToU8(finishSheet(strFromU8(files[part]!), layout, styles, footer));
  });
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
