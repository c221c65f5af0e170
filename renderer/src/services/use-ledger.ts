// The open project's ledger and progress records, read from storage and re-read after a save or its undo.
import { useCallback, useEffect, useState } from 'react';
import type { Ledger } from '../../../shared/ledger';
import { db, listProgress, projectLedger, type ProgressRow } from '../../db';
import { useProject } from './project-context';
import { useToast } from './toast';

export type LedgerState = { status: 'loading' } | { status: 'none' } | { status: 'ready'; ledger: Ledger; progress: ProgressRow[] };

/** The ledger (seeded from the built-in one on first use) and every progress record of the open project. */
export function useLedger(): { state: LedgerState; reload(): Promise<void> } {
  const { project } = useProject();
  const { reportError } = useToast();
  const [state, setState] = useState<LedgerState>({ status: 'loading' });
  const reload = useCallback(async () => {
    const ledger = await projectLedger(db, project.id);
    if (!ledger) return setState({ status: 'none' });
    setState({ status: 'ready', ledger, progress: await listProgress(db, project.id) });
  }, [project.id]);
  useEffect(() => {
    reload().catch(reportError);
  }, [reload, reportError]);
  return { state, reload };
}
