// Browser storage housekeeping: ask for persistent storage, and recognise "disk full" errors.

/** Asks the browser not to evict our data under storage pressure; false when refused or unsupported. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted?.()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** True when `error` (or the error Dexie wrapped) says the storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Bytes used by this app's storage and bytes still available to it. */
export interface StorageUse {
  used: number;
  available: number;
}

/** How much storage the app uses and may still use (navigator.storage.estimate), or undefined where unknown. */
export async function storageEstimate(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageUse | undefined> {
  if (!storage?.estimate) return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return undefined;
    return { used: usage, available: Math.max(0, quota - usage) };
  } catch {
    return undefined;
  }
}
