// The .planeval backup format: write, read (verified) and upgrade; pure, the same in the app and in tests.
export * from './format';
export { BackupError } from './errors';
export type { BackupErrorCode } from './errors';
export { writeBackup } from './write';
export { readBackup } from './read';
export type { ReadBackupOptions } from './read';
export { BACKUP_UPGRADES, upgradeBackup } from './upgrade';
export type { BackupUpgradeStep } from './upgrade';
