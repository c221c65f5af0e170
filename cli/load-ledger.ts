// Resolves the ledger of a plan argument of the command line: the built-in plans carry theirs; a plan spreadsheet has
// none until a 分工方案 is imported into a project.
import { bilingual } from '../shared/base';
import type { Ledger } from '../shared/ledger';
import { builtinLedger, LEDGER_PLAN_IDS } from '../shared/plans';

const BUILTIN_PREFIX = 'builtin:';

/** The ledger a spec names; throws an Error naming the built-in plans that have one. */
export function loadLedger(spec: string): Ledger {
  const ledger = spec.startsWith(BUILTIN_PREFIX) ? builtinLedger(spec.slice(BUILTIN_PREFIX.length)) : null;
  if (!ledger) {
    const available = LEDGER_PLAN_IDS.map((id) => BUILTIN_PREFIX + id).join(', ');
    throw new Error(bilingual('ledger.cli.noLedger', { spec, available }));
  }
  return ledger;
}
