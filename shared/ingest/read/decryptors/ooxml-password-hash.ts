// The iterated password hash both ECMA-376 schemes start from ([MS-OFFCRYPTO] 2.3.4.7 and 2.3.4.11).
import { concat, u32Bytes, utf16le } from './bytes';

/** H(salt + password), then re-hashed `spinCount` times with the 0-based iteration number prepended. */
export function spinPasswordHash(hash: (bytes: Uint8Array) => Uint8Array, salt: Uint8Array, password: string, spinCount: number): Uint8Array {
  let value = hash(concat(salt, utf16le(password)));
  for (let i = 0; i < spinCount; i++) value = hash(concat(u32Bytes(i), value));
  return value;
}

/** The bytes cut or padded (with `pad`) to `length`, as keys and IVs derived from hashes are fitted. */
export function fitTo(bytes: Uint8Array, length: number, pad: number): Uint8Array {
  if (bytes.length >= length) return bytes.subarray(0, length);
  const out = new Uint8Array(length).fill(pad);
  out.set(bytes);
  return out;
}
