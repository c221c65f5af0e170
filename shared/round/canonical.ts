// The one text a round's content is hashed as: JSON with object keys sorted and typed arrays as arrays, so that the
// same content has the same hash whether it comes from IndexedDB, a round file or a fresh freeze.

function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, finite);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'number') return finite(value);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = plain(v);
  }
  return out;
}

/** JSON has no NaN or Infinity; a non-finite number is written as null, as JSON.stringify would. */
function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** `value` as canonical JSON. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(plain(value));
}
