// Unit names as a 分工方案 lists them: "市科技局、市发展改革委，市工业和信息化局" or one a line, with "等" at the end.

/** Separators between units: the enumeration comma, commas, semicolons, slashes, line breaks and spaces. */
const SEPARATORS = /[、，,；;／/\n\r\t ]+|\u3000+/;

/** Each unit once, in the order written; brackets such as "（牵头）" stay with their unit, a closing "等" goes. */
export function splitUnits(text: string): string[] {
  const units: string[] = [];
  for (const raw of splitOutsideBrackets(text)) {
    const name = raw.trim().replace(/等$/, '').trim();
    if (name !== '' && !units.includes(name)) units.push(name);
  }
  return units;
}

/** Splits on the separators, but not inside （…） or (…): "市科技局（含 市知识产权局）" is one unit. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
