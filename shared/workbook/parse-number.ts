// Reads a number from a cell's text the way statistics tables print it.
import { toHalfWidth } from '../base';
import { isMissingMarker } from './missing';

export type ParsedNumber =
  | { kind: 'number'; value: number; /** "%" or "‰" when the text carried it. */ unit?: string; footnote?: string }
  | { kind: 'missing' }
  | { kind: 'text' };

const NUMBER = /^([+-])?(\()?([+-])?(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?([eE][+-]?\d+)?(\))?\s*(%|‰)?$/;
const FOOTNOTE = /(?:[①-⑳]|\*+|[a-zA-Z]|[†‡#▲△])$/;

function parsePlain(s: string): ParsedNumber | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  const [, sign1, open, sign2, whole, fraction, exponent, close, unit] = m;
  if (!whole && !fraction) return null;
  if (Boolean(open) !== Boolean(close)) return null;
  if (sign1 && sign2) return null;
  const magnitude = Number(`${whole.replace(/,/g, '') || '0'}${fraction ?? ''}${exponent ?? ''}`);
  if (!Number.isFinite(magnitude)) return null;
  const negative = (sign1 === '-' || sign2 === '-') !== Boolean(open);
  const value = negative ? -magnitude : magnitude;
  return unit ? { kind: 'number', value, unit } : { kind: 'number', value };
}

/** Parses "1,234.5", "１２３", "3.1%", "(12.3)" (negative), "1.2E+3"; strips one footnote mark ("3.1①", "3.1*", "3.1a"). */
export function parseNumberText(raw: string): ParsedNumber {
  const s = toHalfWidth(raw).trim().replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (isMissingMarker(s)) return { kind: 'missing' };
  const plain = parsePlain(s);
  if (plain) return plain;
  const mark = FOOTNOTE.exec(s);
  if (mark) {
    const rest = s.slice(0, mark.index);
    if (isMissingMarker(rest)) return rest ? { kind: 'missing' } : { kind: 'text' };
    const stripped = parsePlain(rest);
    if (stripped?.kind === 'number') return { ...stripped, footnote: mark[0] };
  }
  return { kind: 'text' };
}
