// The ledger a project starts with: its own copy of the built-in ledger of its plan, stored with the project.
import type { DivisionMappings } from '../../shared/division';
import type { Ledger } from '../../shared/ledger';
import type { Project } from '../../shared/model';
import { builtinLedger } from '../../shared/plans';

/** One project's ledger. */
export interface StoredLedger {
  projectId: string;
  ledger: Ledger;
  updatedAt: string;
  /** The 分工方案 column mappings the user applied, by the layout of the file's header: the next such file reuses them. */
  divisionMappings?: DivisionMappings;
}

/** The ledger row a new project on a built-in plan starts with (a copy it may edit), or null when the plan has none. */
export function seedLedgerRow(project: Pick<Project, 'id' | 'plan'>, now: Date = new Date()): StoredLedger | null {
  const ledger = builtinLedger(project.plan.id);
  return ledger ? { projectId: project.id, ledger, updatedAt: now.toISOString() } : null;
}
