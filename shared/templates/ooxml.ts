// Post-processing of the xlsx SheetJS writes, for what SheetJS CE cannot write: cell styles (locked and unlocked
// cells) and data validation (ECMA-376 Part 1, §18.3.1.32–33). Parts are edited as text, in place, in schema order.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { withEnglish } from './file-text';
import { STYLESHEET_XML } from './stylesheet';

/** Input cells that share one validation rule. */
export interface ValidationGroup {
  cells: string[];
  min?: number;
  max?: number;
  /** A drop-down of these words in place of the decimal rule (a task sheet's rating and stage). */
  list?: string[];
  /** Shown when an input cell is selected (≤ 255 characters). */
  prompt: string;
  /** Shown when a value is refused (≤ 225 characters). */
  error: string;
  /** Titles of the prompt and the alert, when not the numeric cells' 填报 and 数值无效. */
  promptTitle?: string;
  errorTitle?: string;
}

/** What to add to one sheet, found by its name. */
export interface SheetFinish {
  name: string;
  /** cellXfs index by A1 address. */
  styles: Record<string, number>;
  validations: ValidationGroup[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The part path of each sheet, by sheet name, from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name !== undefined && part) parts.set(unescapeXml(name), part);
  }
  return parts;
}

function cellParts(address: string): { column: string; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { column: m[1]!, row: Number(m[2]) };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "E4:E9 F4:F9": cells of one column on consecutive rows become one range. */
export function compactSqref(cells: string[]): string {
  const sorted = cells.map(cellParts).sort((a, b) => columnNumber(a.column) - columnNumber(b.column) || a.row - b.row);
  const ranges: string[] = [];
  let start = sorted[0];
  let end = sorted[0];
  const flush = () => start && end && ranges.push(start.row === end.row ? `${start.column}${start.row}` : `${start.column}${start.row}:${end.column}${end.row}`);
  for (const cell of sorted.slice(1)) {
    if (cell.column === end!.column && cell.row === end!.row + 1) end = cell;
    else {
      flush();
      start = end = cell;
    }
  }
  flush();
  return ranges.join(' ');
}

/** The attributes and formula of a drop-down list: the words inline, quoted, comma-separated (§18.3.1.32). */
function listRule(words: string[]): [string[], string] {
  return [['type="list"'], `<formula1>"${escapeXml(words.join(','))}"</formula1>`];
}

/** The attributes and formulas of a decimal rule with the group's bounds. */
function decimalRule({ min, max }: ValidationGroup): [string[], string] {
  // Without bounds the rule still refuses text: any decimal between the largest magnitudes Excel stores.
  const [operator, formulas] =
    min !== undefined && max !== undefined
      ? ['between', [min, max]]
      : min !== undefined
        ? ['greaterThanOrEqual', [min]]
        : max !== undefined
          ? ['lessThanOrEqual', [max]]
          : ['between', [-1e15, 1e15]];
  return [['type="decimal"', `operator="${operator}"`], formulas.map((f, i) => `<formula${i + 1}>${f}</formula${i + 1}>`).join('')];
}

function validationXml(group: ValidationGroup): string {
  const [rule, body] = group.list ? listRule(group.list) : decimalRule(group);
  const attributes = [
    ...rule,
    'allowBlank="1"',
    'showInputMessage="1"',
    'showErrorMessage="1"',
    `errorTitle="${escapeXml(group.errorTitle ?? withEnglish('templates.input.errorTitle', {}, ' '))}"`,
    `error="${escapeXml(group.error.slice(0, 225))}"`,
    `promptTitle="${escapeXml(group.promptTitle ?? withEnglish('templates.input.promptTitle', {}, ' '))}"`,
    `prompt="${escapeXml(group.prompt.slice(0, 255))}"`,
    `sqref="${compactSqref(group.cells)}"`,
  ];
  return `<dataValidation ${attributes.join(' ')}>${body}</dataValidation>`;
}

/** Elements that follow <dataValidations> in CT_Worksheet: it goes before the first of them present. */
const AFTER_VALIDATIONS = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function withValidations(xml: string, groups: ValidationGroup[]): string {
  const present = groups.filter((g) => g.cells.length > 0);
  if (present.length === 0) return xml;
  const block = `<dataValidations count="${present.length}">${present.map(validationXml).join('')}</dataValidations>`;
  const at = Math.min(...AFTER_VALIDATIONS.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Sets each listed cell's style (s attribute); cells SheetJS left out (empty inputs) must be written as stubs. */
function withStyles(xml: string, styles: Record<string, number>): string {
  return xml.replace(/<c r="([A-Z]+\d+)"([^>]*?)(\/?)>/g, (_whole, address: string, attributes: string, close: string) => {
    const rest = attributes.replace(/\ss="\d+"/, '');
    const style = styles[address];
    return `<c r="${address}"${style ? ` s="${style}"` : ''}${rest}${close}>`;
  });
}

/** Replaces the styles part and adds cell styles and data validation to the named sheets. */
export function finishWorkbook(xlsx: Uint8Array, sheets: SheetFinish[]): Uint8Array {
  const files = unzipSync(xlsx);
  const parts = sheetParts(files);
  files['xl/styles.xml'] = strToU8(STYLESHEET_XML);
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    if (!part || !files[part]) throw new Error(`Sheet part of "${sheet.name}" not found in the written workbook`);
    const xml = withValidations(withStyles(strFromU8(files[part]!), sheet.styles), sheet.validations);
    files[part] = strToU8(xml);
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 6 }];
  return zipSync(zippable);
}
