// The renderer's storage: one database per install, and the repository modules that read and write it.
import { createDatabase } from './database';

/** The app's database; repository functions take it as their first argument so tests can pass their own. */
export const db = createDatabase();

export type { PlanevalDb } from './database';
export * from './projects';
export * from './observations';
export type { StoredProjectValues } from './stored-values';
export * from './sample';
export * from './storage';
export * from './files';
export * from './backup';
export * from './snapshots';
export * from './ledger';
export * from './division';
export type { StoredLedger } from './ledger-seed';
