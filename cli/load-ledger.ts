// Resolves the ledger of a plan argument of the command line: the built-in plans carry theirs; a plan spreadsheet has
// none until a 分工方案 is imported into a project.
import { bilingual } from '../shared/base';
import type { Ledger } from '../shared/ledger';
import { guangzhouLedger, GZ_PLAN_ID } from '../shared/plans';

const BUILTIN_LEDGERS: Record<string, () => Ledger> = { [GZ_PLAN_ID]: guangzhouLedger };
const BUILTIN_PREFIX = 'builtin:';

/** The ledger a spec names; throws an Error naming the built-in plans that have one. */
export function loadLedger(spec: string): Ledger {
  const make = spec.startsWith(BUILTIN_PREFIX) ? BUILTIN_LEDGERS[spec.slice(BUILTIN_PREFIX.length)] : undefined;
  if (!make) {
    const available = Object.keys(BUILTIN_LEDGERS).map((id) => BUILTIN_PREFIX + id).join(', ');
    throw new Error(bilingual('ledger.cli.noLedger', { spec, available }));
  }
  return make();
}
