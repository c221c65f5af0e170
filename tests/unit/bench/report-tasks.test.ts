// The report-tasks workload's ledger is the size the issue asks for, and every record is one the app would save.
import { describe, expect, it } from 'vitest';
import { validateProgress } from '../../../shared/ledger';
import { benchTasks } from '../../../bench/workloads/report-tasks';

describe('the report-tasks workload', () => {
  it('has 300 items × 5 years of progress and 200 evidence files, every record valid', () => {
    const { ledger, progress } = benchTasks();
    expect(ledger.items).toHaveLength(300);
    expect(new Set(progress.map((p) => p.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
    expect(progress).toHaveLength(1500);
    expect(progress.flatMap((p) => p.evidence)).toHaveLength(200);
    const items = new Map(ledger.items.map((i) => [i.id, i]));
    expect(progress.filter((p) => validateProgress(items.get(p.itemId)!, p).length > 0)).toEqual([]);
  });
});
