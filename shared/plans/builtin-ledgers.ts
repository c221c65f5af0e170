// Which built-in plans carry a ledger: the one lookup the command line and the app's projects use.
import type { Ledger } from '../ledger';
import { GZ_PLAN_ID } from './gz-st-14th';
import { guangzhouLedger } from './gz-st-14th-ledger';

const BUILTIN_LEDGERS: Record<string, () => Ledger> = { [GZ_PLAN_ID]: guangzhouLedger };

/** The ids of the built-in plans that have a ledger. */
export const LEDGER_PLAN_IDS: readonly string[] = Object.keys(BUILTIN_LEDGERS);

/** A fresh copy of the built-in ledger of plan `planId`, or null when the plan has none built in. */
export function builtinLedger(planId: string): Ledger | null {
  return BUILTIN_LEDGERS[planId]?.() ?? null;
}
