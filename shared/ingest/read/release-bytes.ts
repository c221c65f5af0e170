// Freeing large byte arrays at once: a sheet's inflated XML is tens of megabytes that would otherwise stay until
// the next full garbage collection, on top of everything built from it.

type TransferableBuffer = ArrayBuffer & { transfer?: (length?: number) => ArrayBuffer };

/**
 * Gives back the memory of `bytes` now where the runtime can (ArrayBuffer.prototype.transfer detaches it, leaving
 * it empty); elsewhere the next garbage collection does. Only for bytes that own their whole buffer and that
 * nothing reads afterwards.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const buffer = bytes.buffer as TransferableBuffer;
  if (!(buffer instanceof ArrayBuffer) || typeof buffer.transfer !== 'function') return;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return;
  buffer.transfer(0);
}
