// Storage housekeeping: persistence is requested politely, and "storage full" is recognised however wrapped.
import { describe, expect, it } from 'vitest';
import { isQuotaError, requestPersistentStorage } from '../../renderer/db/storage';

describe('requestPersistentStorage', () => {
  it('asks for persistence when storage is not yet persisted', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => (asked++, true) } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
  });

  it('does not ask again when storage is already persisted', async () => {
    let asked = 0;
    const storage = { persisted: async () => true, persist: async () => (asked++, true) } as unknown as StorageManager;
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(0);
  });

  it('answers false where the API is missing or throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    const failing = { persisted: async () => false, persist: async () => Promise.reject(new Error('denied')) } as unknown as StorageManager;
    expect(await requestPersistentStorage(failing)).toBe(false);
  });
});

describe('isQuotaError', () => {
  it('recognises a QuotaExceededError, directly or wrapped by Dexie', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
