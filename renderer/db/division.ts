// Applying a 分工方案 to a project's ledger: the proposed changes written in one transaction (or nothing), the column
// mappings remembered by the file's layout, and undo putting back the ledger row exactly as it was.
import { PlanevalError } from '../../shared/base';
import { importableRows, refusedRows, responsibilityOf, applyDivision, type DivisionMappings, type DivisionPlan } from '../../shared/division';
import type { PlanevalDb } from './database';
import type { StoredLedger } from './ledger-seed';
import { touchProject } from './projects';

export type DivisionRefusal = 'division.error.refused' | 'division.error.nothing' | 'division.error.stale' | 'division.error.noLedger';

/** A 分工方案 that cannot be applied as it stands: nothing was written. */
export class DivisionRefused extends PlanevalError<'division-refused'> {
  constructor(key: DivisionRefusal, params: Record<string, string | number> = {}) {
    super('division-refused', key, params);
  }
}

/** What an apply changed: the ledger row it replaced, for undo. */
export interface AppliedDivision {
  previous: StoredLedger;
  count: number;
}

/** The ledger row's remembered mappings, for planning the next import. */
export async function divisionMappings(db: PlanevalDb, projectId: string): Promise<DivisionMappings> {
  return (await db.ledgers.get(projectId))?.divisionMappings ?? {};
}

/**
 * Writes the plan's importable rows into the project's ledger. A plan with rows in error is applied only when the
 * user confirmed importing the good rows alone (`partial`); an item changed since the preview refuses the whole
 * import, so what was previewed is what is written. The tables' column mappings are remembered by layout.
 */
export async function applyDivisionPlan(db: PlanevalDb, projectId: string, plan: DivisionPlan, partial: boolean, now: Date = new Date()): Promise<AppliedDivision> {
  const rows = importableRows(plan);
  const refused = refusedRows(plan).length + plan.problems.filter((p) => p.severity === 'error').length;
  if (refused > 0 && !partial) throw new DivisionRefused('division.error.refused', { refused });
  if (rows.length === 0) throw new DivisionRefused('division.error.nothing');
  return db.transaction('rw', db.projects, db.ledgers, async () => {
    const previous = await db.ledgers.get(projectId);
    if (!previous) throw new DivisionRefused('division.error.noLedger');
    for (const row of rows) {
      const item = previous.ledger.items.find((i) => i.id === row.itemId);
      if (!item || JSON.stringify(responsibilityOf(item)) !== JSON.stringify(row.before)) throw new DivisionRefused('division.error.stale', { id: row.itemId! });
    }
    const mappings = { ...previous.divisionMappings };
    for (const table of plan.tables) mappings[table.layoutKey] = { ...table.columns };
    const next: StoredLedger = { ...previous, ledger: applyDivision(previous.ledger, plan), updatedAt: now.toISOString(), divisionMappings: mappings };
    await db.ledgers.put(next);
    await touchProject(db, projectId, now);
    return { previous, count: rows.length };
  });
}

/** Undo of applyDivisionPlan: the ledger row as it was before, mappings included. */
export async function undoDivision(db: PlanevalDb, applied: AppliedDivision): Promise<void> {
  await db.transaction('rw', db.projects, db.ledgers, async () => {
    await db.ledgers.put(applied.previous);
    await touchProject(db, applied.previous.projectId);
  });
}
