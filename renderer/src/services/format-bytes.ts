// Sizes for people: bytes as KB, MB or GB (binary multiples), written by the app's one number rule.
import { formatRaw, roundTo } from '../../../shared/attain';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** e.g. 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatRaw(roundTo(value, unit === 0 ? 0 : 1))} ${UNITS[unit]}`;
}
