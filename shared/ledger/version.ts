// The ledger version: like the framework version of the indicators, a fingerprint of what progress reports depend on.
import { fnv64Hex } from '../base';
import type { Ledger } from './model';

/**
 * A hash of every item's id, section, title, kind and verb: it changes whenever any of them does, so progress filed
 * against an older ledger can be told apart. Responsible units, milestones and links are filled in over the plan's life
 * and leave it unchanged.
 */
export function ledgerVersion(ledger: Ledger): string {
  const parts = ledger.items.map((item) => [item.id, item.section, item.title, item.kind, item.verb].join('\u0001'));
  return fnv64Hex(parts.join('\u0002'));
}
