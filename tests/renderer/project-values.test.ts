// The shared feed of a project's values: a watcher gets the stored values and every later change, and a prefetch
// started before the screen exists hands the screen what it read.
import 'fake-indexeddb/auto';
import { draftColumns } from '../support/draft-columns';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredProjectValues } from '../../renderer/db';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';
import { createProject, db } from '../../renderer/db';
import { commitImport } from '../../renderer/db/imports';
import { prefetchProjectValues, watchProjectValues } from '../../renderer/src/services/project-values';

const draft = (year: number, value: number) => ({ indicator: 'rd-intensity', region: '全市', year, value, unit: '%', sheet: '表1', cell: `B${year}`, rawText: String(value) });
const SOURCE = { fileName: '公报.xlsx', fileHash: 'aa11' };

/** Collects what a watcher is told, and waits until it has been told `count` times. */
function recorder() {
  const seen: number[][] = [];
  const read: StoredProjectValues[] = [];
  const waiters: (() => void)[] = [];
  return {
    seen,
    read,
    next: (values: StoredProjectValues) => {
      seen.push(Array.from(values.chunks.flatMap((chunk) => [...chunk.values])));
      read.push(values);
      waiters.splice(0).forEach((w) => w());
    },
    told: async (count: number) => {
      while (seen.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('watchProjectValues', () => {
  it('tells the watcher the stored values, then the values after each import', async () => {
    const project = await createProject(db, { name: '监听', plan: guangzhouPlan() });
    await commitImport(db, project.id, SOURCE, [draftColumns([draft(2022, 3.26)])]);
    const watcher = recorder();
    stops.push(watchProjectValues(project.id, watcher.next, (e) => { throw e; }));
    await watcher.told(1);
    expect(watcher.seen[0]).toEqual([3.26]);
    await commitImport(db, project.id, SOURCE, [draftColumns([draft(2023, 3.43)])]);
    await watcher.told(2);
    expect(watcher.seen[1]).toEqual([3.26, 3.43]);
  });

  it('gives a watcher arriving after a prefetch the values read already, at once', async () => {
    const project = await createProject(db, { name: '预读', plan: guangzhouPlan() });
    await commitImport(db, project.id, SOURCE, [draftColumns([draft(2021, 3.12)])]);
    prefetchProjectValues(project.id);
    const first = recorder();
    stops.push(watchProjectValues(project.id, first.next, (e) => { throw e; }));
    await first.told(1);
    // A second watcher of the same project is told synchronously, without a read of its own.
    const second = recorder();
    stops.push(watchProjectValues(project.id, second.next, (e) => { throw e; }));
    expect(second.read).toHaveLength(1);
    expect(second.read[0]).toBe(first.read[0]);
  });
});
