// [Content_Types].xml, workbook.xml and the relationship parts: which sheets a workbook has, in order, and where
// their parts, the shared strings and the styles are, resolved the way SheetJS resolves them.
import { bilingual } from '../../../base';
import type { ZipParts } from './zip-parts';
import { tagAttributes, unescapeXml } from './xml-text';

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const TAG = /<[^<>]*>/g;

const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const SHARED_STRINGS_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml', 'application/vnd.ms-excel.sharedStrings']);
const STYLES_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml', 'application/vnd.ms-excel.styles']);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const WORKSHEET_RELS = new Set([`${REL}worksheet`, 'http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet']);
const OTHER_SHEET_RELS: Record<string, SheetKind> = {
  [`${REL}chartsheet`]: 'chart',
  [`${REL}dialogsheet`]: 'dialog',
  'http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet': 'macro',
};
export const COMMENTS_RELS = new Set([`${REL}comments`, 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment']);

/** Worksheets hold cells; chart, dialog and macro sheets give SheetJS no cells; anything else it cannot read. */
export type SheetKind = 'worksheet' | 'chart' | 'dialog' | 'macro' | 'unknown';

export interface SheetEntry {
  name: string;
  path: string;
  kind: SheetKind;
}

export interface Relationship {
  type: string;
  target: string;
}

export interface WorkbookLayout {
  sheets: SheetEntry[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  date1904: boolean;
}

function localName(tag: string): string {
  const m = /^<\/?(?:\w+:)?([\w?]+)/.exec(tag);
  return m ? m[1] : '';
}

function startTags(xml: string, name: string): Record<string, string>[] {
  return (xml.match(TAG) ?? []).filter((t) => !t.startsWith('</') && localName(t) === name).map(tagAttributes);
}

/** A relationship target resolved against the part that holds it (SheetJS's resolve_path). */
export function resolvePath(target: string, base: string): string {
  if (target.charAt(0) === '/') return target.slice(1);
  const result = base.split('/');
  if (base.slice(-1) !== '/') result.pop();
  for (const step of target.split('/')) {
    if (step === '..') result.pop();
    else if (step !== '.') result.push(step);
  }
  return result.join('/');
}

/** The relationships of a .rels part, by id. */
export function parseRelationships(xml: string | undefined): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!xml) return rels;
  for (const a of startTags(xml, 'Relationship')) rels.set(a.Id, { type: a.Type, target: unescapeXml(a.Target ?? '') });
  return rels;
}

/** The .rels part that belongs to a part. */
export function relsPathOf(path: string): string {
  return path.replace(/^(.*)(\/)([^/]*)$/, '$1/_rels/$3.rels');
}

/** True when the package's main workbook is xl/workbook.xml (what our reader handles). */
export function hasXmlWorkbook(parts: ZipParts): boolean {
  if (!parts.has(WORKBOOK_PART)) return false;
  const ct = parts.text('[Content_Types].xml');
  const declared = ct ? startTags(ct, 'Override').filter((a) => WORKBOOK_TYPES.has(a.ContentType)) : [];
  return declared.length === 0 || declared[0].PartName?.replace(/^\//, '').toLowerCase() === WORKBOOK_PART;
}

/** Reads the package's layout; throws an Error with the reason when a required part is missing or wrong. */
export function readWorkbookLayout(parts: ZipParts): WorkbookLayout {
  const ct = parts.text('[Content_Types].xml');
  if (ct === undefined) throw new Error(bilingual('ingest.reason.noContentTypes'));
  const types = startTags(ct, 'Types')[0];
  if (!types || types.xmlns !== CONTENT_TYPES_NS) throw new Error(bilingual('ingest.reason.contentTypesNamespace'));
  const overrides = startTags(ct, 'Override');
  const first = (kinds: Set<string>) => overrides.find((a) => kinds.has(a.ContentType))?.PartName?.replace(/^\//, '') ?? null;

  const workbook = parts.text(WORKBOOK_PART);
  if (!workbook) throw new Error(bilingual('ingest.reason.emptyPart', { part: WORKBOOK_PART }));
  const workbookPr = startTags(workbook, 'workbookPr')[0];
  const date1904 = workbookPr?.date1904 === '1' || workbookPr?.date1904 === 'true';
  const declared = startTags(workbook, 'sheet').map((a) => ({ name: unescapeXml(a.name ?? ''), id: a.id }));

  const rels = parseRelationships(parts.text(WORKBOOK_RELS));
  // SheetJS uses the relationships only when every sheet's id resolves; otherwise it guesses sheetN.xml paths.
  const targets = rels.size > 0 && declared.length > 0 && declared.every((s) => s.id !== undefined && rels.has(s.id)) ? declared.map((s) => rels.get(s.id!)!) : null;
  // Numbers for iOS names its first sheet sheet.xml.
  const numbersOffset = parts.has('xl/worksheets/sheet.xml') ? 1 : 0;
  const sheets = declared.map((s, i): SheetEntry => {
    const rel = targets?.[i];
    if (!rel) return { name: s.name, path: `xl/worksheets/sheet${i + 1 - numbersOffset}.xml`.replace(/sheet0\./, 'sheet.'), kind: 'worksheet' };
    let path = 'xl/' + rel.target.replace(/[/]?xl\//, '');
    if (!parts.has(path)) path = rel.target;
    if (!parts.has(path)) path = 'xl/' + rel.target;
    const kind: SheetKind = WORKSHEET_RELS.has(rel.type) || !rel.type ? 'worksheet' : OTHER_SHEET_RELS[rel.type] ?? 'unknown';
    return { name: s.name, path, kind };
  });
  return { sheets, sharedStringsPath: first(SHARED_STRINGS_TYPES), stylesPath: first(STYLES_TYPES), date1904 };
}
