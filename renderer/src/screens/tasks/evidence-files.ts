// Evidence files as the form offers and opens them: the file dialog's filter, and a stored file saved back out.
import { bridge } from '@platform/bridge';
import { EVIDENCE_TYPES, type Evidence } from '../../../../shared/ledger';
import type { FileFilter } from '../../../../shared/ipc';
import { db, getOriginalFile } from '../../../db';

/** The file dialog's filter: every accepted kind of evidence (PDF, images, Word). */
export function evidenceFilters(name: string): FileFilter[] {
  return [{ name, extensions: Object.keys(EVIDENCE_TYPES) }];
}

/** Saves an evidence file's stored bytes under its own name (a download in the browser, a save dialog in the app); false when its bytes are not stored. */
export async function openEvidence(evidence: Evidence): Promise<boolean> {
  const file = await getOriginalFile(db, evidence.hash);
  if (!file) return false;
  const extension = evidence.name.includes('.') ? evidence.name.slice(evidence.name.lastIndexOf('.') + 1) : '';
  await bridge.saveFile({ suggestedName: evidence.name, bytes: file.bytes, filters: extension ? [{ name: evidence.name, extensions: [extension] }] : undefined });
  return true;
}
