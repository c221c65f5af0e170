// Random ids for projects and import batches (crypto.randomUUID exists in Node 20 and in secure pages).

/** A new random id. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
