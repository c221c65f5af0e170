// styles.xml to the number format code of each cell style (cellXfs index), with SheetJS's built-in format table.
import * as XLSX from 'xlsx';
import { findElement, tagAttributes, unescapeXml } from './xml-text';

// Taken when this module loads, before any file's custom formats reach SheetJS's shared table.
const BUILT_IN: Record<number, string> = { ...(XLSX.SSF.get_table() as Record<number, string>) };

const TAG = /<[^<>]*>/g;

function localName(tag: string): string {
  const m = /^<\/?(?:\w+:)?([\w]+)/.exec(tag);
  return m ? m[1] : '';
}

function withoutComments(xml: string): string {
  return xml.indexOf('<!--') === -1 ? xml : xml.replace(/<!--[\s\S]*?-->/g, '');
}

/** The format code of every cellXfs entry in order (undefined where the id has no code), or null when styles.xml has
 *  no cellXfs, in which case every cell is General. */
export function parseCellFormats(xml: string): (string | undefined)[] | null {
  const data = withoutComments(xml);
  const table: Record<number, string> = { ...BUILT_IN };
  const numFmts = findElement(data, 'numFmts');
  if (numFmts) {
    for (const tag of data.slice(numFmts[0], numFmts[3]).match(TAG) ?? []) {
      if (localName(tag) !== 'numFmt' || tag.startsWith('</')) continue;
      const a = tagAttributes(tag);
      const id = parseInt(a.numFmtId, 10);
      // SheetJS leaves id 0 (General) alone.
      if (id > 0 && a.formatCode !== undefined) table[id] = unescapeXml(a.formatCode);
    }
  }
  const cellXfs = findElement(data, 'cellXfs');
  if (!cellXfs) return null;
  const formats: (string | undefined)[] = [];
  for (const tag of data.slice(cellXfs[0], cellXfs[3]).match(TAG) ?? []) {
    if (localName(tag) !== 'xf' || tag.startsWith('</')) continue;
    const id = tagAttributes(tag).numFmtId;
    formats.push(table[id ? parseInt(id, 10) : 0]);
  }
  return formats;
}
