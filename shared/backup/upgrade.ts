// Upgrading a backup written by an older app: one step per format version, applied in order up to the current one.
// A step is added whenever the row shapes a backup holds change (e.g. with a Dexie schema upgrade that rewrites rows).
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, type OpenedBackup } from './format';

/** Rewrites a backup of format `from` into format `from + 1`. */
export interface BackupUpgradeStep {
  from: number;
  upgrade(backup: OpenedBackup): OpenedBackup;
}

/** The app's upgrade steps. Format 1 is the first format, so there is nothing to upgrade from yet. */
export const BACKUP_UPGRADES: readonly BackupUpgradeStep[] = [];

/**
 * Applies the steps from the backup's format version up to `target`; the result's manifest.formatVersion is `target`.
 * Throws BackupError('malformed') when a step is missing, so that no backup is half-upgraded.
 */
export function upgradeBackup(
  backup: OpenedBackup,
  steps: readonly BackupUpgradeStep[] = BACKUP_UPGRADES,
  target: number = BACKUP_FORMAT_VERSION,
  fileName = 'backup',
): OpenedBackup {
  let current = backup;
  while (current.manifest.formatVersion < target) {
    const from = current.manifest.formatVersion;
    const step = steps.find((s) => s.from === from);
    if (!step) throw new BackupError('malformed', { file: fileName, detail: `no upgrade from format ${from}` });
    const next = step.upgrade(current);
    current = { ...next, manifest: { ...next.manifest, formatVersion: from + 1 } };
  }
  return current;
}
