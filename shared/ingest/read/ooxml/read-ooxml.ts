// readOoxml: an .xlsx/.xlsm package (zip with xl/workbook.xml) to SheetGrids, the same grids SheetJS's path gives.
import { bilingual } from '../../../base';
import { IngestError } from '../../errors';
import type { IngestLimits } from '../../types';
import { parseSharedStrings } from './shared-strings';
import { parseCellFormats } from './styles';
import { COMMENTS_RELS, parseRelationships, readWorkbookLayout, relsPathOf, resolvePath, type SheetEntry } from './workbook-parts';
import { scanWorksheet, type WorksheetContext } from './worksheet';
import { decodeCellRef, tagAttributes } from './xml-text';
import type { ZipParts } from './zip-parts';
import type { SheetGrid } from '../../../workbook';

const COMMENT_TAG = /<(?:\w+:)?(?:comment|threadedComment)\b[^<>]*>/g;

function unreadable(fileName: string, sheet: string, reason: string): IngestError {
  return new IngestError('unreadable', fileName, { reason: `${bilingual('ingest.reason.sheet', { sheet })}: ${reason}` }, { sheet });
}

/** Cells a sheet's comments point at exist in SheetJS's grid even when empty; so they do here. */
function commentRefs(parts: ZipParts, sheetPath: string): { r: number; c: number }[] {
  const refs: { r: number; c: number }[] = [];
  for (const rel of parseRelationships(parts.text(relsPathOf(sheetPath))).values()) {
    if (!COMMENTS_RELS.has(rel.type)) continue;
    const xml = parts.text(resolvePath(rel.target, sheetPath));
    if (!xml) continue;
    for (const tag of xml.match(COMMENT_TAG) ?? []) {
      const ref = tagAttributes(tag).ref;
      if (ref) refs.push(decodeCellRef(ref));
    }
  }
  return refs;
}

function readSheet(parts: ZipParts, entry: SheetEntry, fileName: string, base: Omit<WorksheetContext, 'fail' | 'tooMany'>, limits: IngestLimits): SheetGrid {
  const { name, path, kind } = entry;
  const fail = (reason: string): never => {
    throw unreadable(fileName, name, reason);
  };
  const data = parts.bytes(path);
  if (!data || data.length === 0) fail(`part ${path} is missing or empty`);
  if (kind === 'unknown') fail(`part ${path} is not a kind of sheet this reader knows`);
  if (kind !== 'worksheet') return { name, rows: [], rowCount: 0, columnCount: 0, merges: [] };
  const ctx: WorksheetContext = {
    ...base,
    fail,
    tooMany: (cells) => {
      throw new IngestError('sheet-too-large', fileName, { cells, limit: limits.maxSheetCells }, { sheet: name });
    },
  };
  return scanWorksheet(data!, name, ctx, commentRefs(parts, path));
}

/** Reads every sheet of an OOXML workbook in order. Throws IngestError: `unreadable` (with the sheet named when a
 *  sheet is at fault) for a malformed part, `sheet-too-large` as soon as a sheet passes the cell limit. */
export function readOoxml(parts: ZipParts, fileName: string, limits: IngestLimits): SheetGrid[] {
  let layout;
  try {
    layout = readWorkbookLayout(parts);
  } catch (error) {
    throw new IngestError('unreadable', fileName, { reason: (error as Error).message });
  }
  const stylesXml = layout.stylesPath ? parts.text(layout.stylesPath) : undefined;
  const stringsXml = layout.sharedStringsPath ? parts.text(layout.sharedStringsPath) : undefined;
  const base = {
    sharedStrings: stringsXml ? parseSharedStrings(stringsXml) : null,
    formats: stylesXml ? parseCellFormats(stylesXml) : null,
    date1904: layout.date1904,
    maxCells: limits.maxSheetCells,
  };
  return layout.sheets.map((entry) => readSheet(parts, entry, fileName, base, limits));
}
