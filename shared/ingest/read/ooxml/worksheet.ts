// Scans a worksheet part's bytes (no DOM, no regex per cell) into a SheetGrid with the cells SheetJS's path gives:
// the same positions (cells and rows without `r` included), extent, merges and empty cells that count.
import { CellCache, address, cellValue, type CellContext, type CellParts } from './cell-value';
import { GridBuilder } from './grid-builder';
import { stringItemText } from './shared-strings';
import { GT, LT, SLASH, attributeValue, closeTag, eachAttribute, named, nextTag, readTagName, tagEnd, tagName, tagNamed, text, textFrom } from './xml-bytes';
import { tagAttributes } from './xml-text';
import type { MergeArea, SheetGrid } from '../../../workbook';

/** What a worksheet needs from the rest of the workbook, and where to report trouble. */
export interface WorksheetContext extends CellContext {
  maxCells: number;
  /** Throws the IngestError for a sheet over the cell limit. */
  tooMany(cells: number): never;
}

/** Positions of the sheetData element's content, or null when the sheet has none. */
function sheetDataBounds(x: Uint8Array, fail: (reason: string) => never): { start: number; stop: number; after: number } | null {
  let lt = x.indexOf(LT);
  while (lt !== -1) {
    if (x[lt + 1] !== SLASH && tagNamed(x, lt, x.length, 'sheetData')) {
      const gt = tagEnd(x, lt, x.length);
      if (gt === -1) fail('the <sheetData> tag is cut short');
      if (x[gt - 1] === SLASH) return null;
      const stop = closeTag(x, 'sheetData', gt + 1, x.length);
      // SheetJS reads a sheet whose cells are cut short as empty; a silent empty sheet would be a wrong answer.
      if (stop === -1) fail('<sheetData> is never closed: the part is cut short or damaged');
      return { start: gt + 1, stop, after: x.indexOf(GT, stop) + 1 };
    }
    lt = nextTag(x, lt + 1);
  }
  return null;
}

const MERGE = /<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g;
const HYPERLINK = /<(?:\w+:)?hyperlink [^<>]*>/gm;

/** A range as SheetJS's safe_decode_range reads it (capital letters, then digits, then optionally ':' and again). */
export function decodeRange(ref: string): MergeArea {
  let i = 0;
  const part = (): [number, number] => {
    let c = 0;
    for (; i < ref.length; i++) {
      const cc = ref.charCodeAt(i) - 64;
      if (cc < 1 || cc > 26) break;
      c = 26 * c + cc;
    }
    let r = 0;
    for (; i < ref.length; i++) {
      const cc = ref.charCodeAt(i) - 48;
      if (cc < 0 || cc > 9) break;
      r = 10 * r + cc;
    }
    return [r - 1, c - 1];
  };
  const [top, left] = part();
  if (i === ref.length || ref.charCodeAt(i) !== 58 /* : */) return { top, left, bottom: top, right: left };
  i++;
  const [bottom, right] = part();
  return { top, left, bottom, right };
}

/** Reads one worksheet part; `commented` are the cells its comments point at, which exist (empty) in SheetJS's grid
 *  too. Cells are checked against the limit as they are read; a malformed part fails with the sheet named. */
export function scanWorksheet(x: Uint8Array, name: string, ctx: WorksheetContext, commented: { r: number; c: number }[] = []): SheetGrid {
  const grid = new GridBuilder(ctx.maxCells, ctx.tooMany, (r, c) => ctx.fail(`row ${r + 1} column ${c + 1} is beyond Excel's limits`));
  const bounds = sheetDataBounds(x, ctx.fail);
  if (bounds) scanSheetData(x, bounds.start, bounds.stop, grid, ctx);
  // Merges and hyperlinks come after the cells; SheetJS searches the whole part when it has no sheetData.
  const tail = textFrom(x, bounds ? bounds.after : 0);
  const merges: MergeArea[] = [];
  for (const m of tail.matchAll(MERGE)) merges.push(decodeRange(m[1]));
  for (const m of tail.matchAll(HYPERLINK)) {
    const ref = tagAttributes(m[0]).ref;
    // SheetJS stops at the first hyperlink without a ref.
    if (!ref) break;
    const area = decodeRange(ref);
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) grid.touch(r, c);
  }
  for (const { r, c } of commented) grid.touch(r, c);
  return grid.grid(name, merges);
}

interface CellTag {
  /** Bounds of the `r` attribute's value; refStart is -1 when the cell has none. */
  refStart: number;
  refStop: number;
  row: number;
  column: number;
  /** The column from the reference's leading capitals alone (-1 without any). */
  leadingColumn: number;
  type: string | undefined;
  /** Index into cellXfs, -1 without `s`, -2 when `s` is not a plain decimal (SheetJS then finds no style). */
  style: number;
}

const TYPES = ['s', 'n', 'b', 'e', 'd', 'z', 'str', 'inlineStr'];

const tag: CellTag = { refStart: -1, refStop: -1, row: -1, column: -1, leadingColumn: -1, type: undefined, style: -1 };

/** The r, t and s attributes of a cell's start tag (the returned object is reused for the next cell). */
function readCellTag(x: Uint8Array, from: number, to: number): CellTag {
  tag.refStart = tag.refStop = -1;
  tag.type = undefined;
  tag.style = -1;
  eachAttribute(x, from, to, (ns, ne, vs, ve) => {
    if (ne - ns !== 1) return;
    const name = x[ns];
    if (name === 114 /* r */) {
      tag.refStart = vs;
      tag.refStop = ve;
      let row = 0;
      let column = 0;
      let leading = 0;
      let inLeading = true;
      for (let i = vs; i < ve; i++) {
        const ch = x[i];
        if (ch >= 48 && ch <= 57) row = 10 * row + (ch - 48);
        else if (ch >= 65 && ch <= 90) column = 26 * column + (ch - 64);
        if (inLeading && ch >= 65 && ch <= 90) leading = 26 * leading + (ch - 64);
        else inLeading = false;
      }
      tag.row = row - 1;
      tag.column = column - 1;
      tag.leadingColumn = leading - 1;
    } else if (name === 116 /* t */) {
      const len = ve - vs;
      tag.type = TYPES.find((t) => t.length === len && named(x, vs, ve, t)) ?? text(x, vs, ve);
    } else if (name === 115 /* s */) {
      let index = 0;
      for (let i = vs; i < ve; i++) {
        const ch = x[i];
        if (ch < 48 || ch > 57 || (i === vs && ch === 48 && ve - vs > 1)) {
          index = -2;
          break;
        }
        index = 10 * index + (ch - 48);
      }
      tag.style = ve === vs ? -2 : index;
    }
  });
  return tag;
}

/** Puts the name of the tag at `lt` in `tagName` and returns the position of its '>'; a tag left open fails the sheet at row `rowNumber`. */
function readTag(x: Uint8Array, lt: number, stop: number, rowNumber: number, ctx: WorksheetContext): number {
  readTagName(x, lt, stop);
  const gt = tagEnd(x, lt, stop);
  if (gt === -1) ctx.fail(`unterminated tag in row ${rowNumber + 1}`);
  return gt;
}

function scanSheetData(x: Uint8Array, start: number, stop: number, grid: GridBuilder, ctx: WorksheetContext): void {
  const sharedFormulas = new Set<number>();
  const cache = new CellCache(x);
  const parts: CellParts = { type: undefined, style: -1, valueStart: -1, valueStop: -1, formula: false, inline: undefined, row: 0, column: 0 };
  let rowNumber = 0;
  let column = -1;
  let lt = nextTag(x, start);
  while (lt !== -1 && lt < stop) {
    const gt = readTag(x, lt, stop, rowNumber, ctx);
    const elementStart = tagName.start;
    const elementStop = tagName.stop;
    const closing = x[lt + 1] === SLASH;
    const selfClosing = x[gt - 1] === SLASH;
    if (!closing && named(x, elementStart, elementStop, 'row')) {
      // A self-closing row holds nothing and, as in SheetJS, does not advance the row count.
      if (!selfClosing) {
        const r = attributeValue(x, elementStop, gt, 'r');
        rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1;
        column = -1;
      }
      lt = nextTag(x, gt + 1);
      continue;
    }
    if (closing || !named(x, elementStart, elementStop, 'c')) {
      lt = nextTag(x, gt + 1);
      continue;
    }

    // <c r=… t=… s=…>, read straight from the bytes: this runs once per cell.
    const cell = readCellTag(x, elementStop, selfClosing ? gt - 1 : gt);
    let r: number;
    let c: number;
    if (cell.refStart !== -1) {
      // The column for following cells without `r` comes from the leading capitals, as SheetJS counts it.
      column = cell.leadingColumn;
      const hasRef = cell.refStop > cell.refStart;
      r = hasRef ? cell.row : rowNumber - 1;
      c = hasRef ? cell.column : column;
    } else {
      column++;
      r = rowNumber - 1;
      c = column;
    }
    parts.type = cell.type;
    parts.style = cell.style;
    parts.row = r;
    parts.column = c;

    // Children: the first <v>, any <f>, the first <is>, up to </c> or the next cell or row.
    let vStart = -1;
    let vStop = -1;
    let isText: string | undefined;
    let formula = false;
    let next = selfClosing ? -1 : nextTag(x, gt + 1);
    let cellEnd = selfClosing ? gt + 1 : stop;
    while (next !== -1 && next < stop) {
      const childEnd = readTag(x, next, stop, rowNumber, ctx);
      const childStart = tagName.start;
      const childStop = tagName.stop;
      if (x[next + 1] === SLASH) {
        if (named(x, childStart, childStop, 'c')) {
          cellEnd = childEnd + 1;
          break;
        }
        if (named(x, childStart, childStop, 'row')) {
          cellEnd = next;
          break;
        }
        next = nextTag(x, childEnd + 1);
        continue;
      }
      if (named(x, childStart, childStop, 'c') || named(x, childStart, childStop, 'row')) {
        cellEnd = next;
        break;
      }
      const childSelfClosing = x[childEnd - 1] === SLASH;
      if (named(x, childStart, childStop, 'v')) {
        if (!childSelfClosing) {
          const close = closeTag(x, 'v', childEnd + 1, stop);
          if (close === -1) ctx.fail(`cell ${address(r, c)} has an unclosed <v>`);
          if (vStart === -1) {
            vStart = childEnd + 1;
            vStop = close;
          }
          next = nextTag(x, close + 1);
          continue;
        }
      } else if (named(x, childStart, childStop, 'f')) {
        const tag = text(x, next, childEnd + 1);
        const si = tagAttributes(tag).si;
        if (childSelfClosing) {
          if (si != null && sharedFormulas.has(parseInt(si, 10))) formula = true;
        } else {
          const close = closeTag(x, 'f', childEnd + 1, stop);
          if (close === -1) ctx.fail(`cell ${address(r, c)} has an unclosed <f>`);
          const shared = tag.indexOf('t="shared"') > -1;
          if (close > childEnd + 1) {
            formula = true;
            if (shared && si != null) sharedFormulas.add(parseInt(si, 10));
          } else if (shared && si != null && sharedFormulas.has(parseInt(si, 10))) formula = true;
          next = nextTag(x, close + 1);
          continue;
        }
      } else if (named(x, childStart, childStop, 'is') && !childSelfClosing) {
        const close = closeTag(x, 'is', childEnd + 1, stop);
        if (close === -1) ctx.fail(`cell ${address(r, c)} has an unclosed <is>`);
        if (isText === undefined) isText = stringItemText(text(x, childEnd + 1, close)) ?? '';
        next = nextTag(x, close + 1);
        continue;
      }
      next = nextTag(x, childEnd + 1);
    }

    parts.valueStart = vStart;
    parts.valueStop = vStop;
    parts.formula = formula;
    parts.inline = isText;
    grid.set(r, c, cellValue(x, parts, cache, ctx));
    lt = nextTag(x, cellEnd);
  }
}

