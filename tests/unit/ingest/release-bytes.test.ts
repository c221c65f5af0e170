// Freeing a large byte array at once: only bytes that own their whole buffer, only where the runtime can detach it.
import { describe, expect, it } from 'vitest';
import { releaseBytes } from '../../../shared/ingest/read/release-bytes';

/** A buffer whose transfer() records the length asked for, as the runtime's would detach it. */
function transferable(size: number): { buffer: ArrayBuffer; calls: (number | undefined)[] } {
  const buffer = new ArrayBuffer(size);
  const calls: (number | undefined)[] = [];
  Object.defineProperty(buffer, 'transfer', { value: (length?: number) => (calls.push(length), new ArrayBuffer(0)) });
  return { buffer, calls };
}

describe('releaseBytes', () => {
  it('detaches a buffer the bytes own whole, keeping none of it', () => {
    const { buffer, calls } = transferable(16);
    releaseBytes(new Uint8Array(buffer));
    expect(calls).toEqual([0]);
  });

  it('leaves a buffer alone when the bytes are only part of it (someone else may read the rest)', () => {
    const { buffer, calls } = transferable(16);
    releaseBytes(new Uint8Array(buffer, 4, 8));
    releaseBytes(new Uint8Array(buffer, 0, 8));
    expect(calls).toEqual([]);
  });

  it('leaves the bytes readable where the runtime cannot detach buffers', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const buffer = bytes.buffer as ArrayBuffer & { transfer?: unknown };
    Object.defineProperty(buffer, 'transfer', { value: undefined });
    releaseBytes(bytes);
    expect([...bytes]).toEqual([1, 2, 3]);
  });
});
