// Rounds in storage: frozen from the values as they stood at the cut-off, untouched by later imports and plan edits,
// deleted with their reports and restored by undo, carried by duplicates, backups and project copies with their hash.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackup, writeBackup } from '../../shared/backup';
import { valueKey } from '../../shared/base';
import type { Project } from '../../shared/model';
import { roundIntact, roundValueAt, roundValueCount, type Round } from '../../shared/round';
import { backupMeta, exportBackup, importProjectCopy, restoreBackup } from '../../renderer/db/backup';
import type { PlanevalDb } from '../../renderer/db/database';
import { commitImport } from '../../renderer/db/imports';
import { deleteProject, duplicateProject, updatePlan } from '../../renderer/db/projects';
import { createReport, listReports } from '../../renderer/db/reports';
import { deleteRound, freezeProjectRound, listRounds, restoreRound } from '../../renderer/db/rounds';
import { openSampleProject } from '../../renderer/db/sample';
import { draftColumns } from '../support/draft-columns';
import { openFreshDatabase } from './support/migration-harness';

const open: PlanevalDb[] = [];
afterEach(() => {
  open.splice(0).forEach((db) => db.close());
  vi.useRealTimers();
});

/** Only the clock is faked: the import's time stamp is "now", and IndexedDB's own timers keep running. */
function at(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

async function sampleInstall(): Promise<{ db: PlanevalDb; project: Project }> {
  const db = await openFreshDatabase();
  open.push(db);
  return { db, project: await openSampleProject(db, new Date('2024-01-10T02:00:00Z')) };
}

const rdValue = (round: Round) => {
  for (let i = 0; i < roundValueCount(round.inputs.values); i++) {
    const o = roundValueAt(round.inputs.values, i);
    if (o.indicatorId === 'rd-intensity' && o.region === '全市' && o.year === 2023) return o;
  }
  return undefined;
};

/** Re-imports the 2023 R&D intensity as a 核实数 on 10 June 2024, replacing the stored value. */
async function verifiedImport(db: PlanevalDb, projectId: string, value: number) {
  at('2024-06-10T02:00:00Z');
  const draft = { indicator: 'rd-intensity', region: '全市', year: 2023, value, unit: '%', sheet: '核实', cell: 'B2', rawText: String(value) };
  return commitImport(db, projectId, { fileName: '核实数.xlsx', fileHash: 'f'.repeat(64) }, [draftColumns([draft])], { [valueKey('rd-intensity', '全市', 2023)]: 'replace' });
}

describe('freezing a round of a stored project', () => {
  it('keeps the 初步数 after a later import replaced it, and a plan edit changes nothing frozen', async () => {
    const { db, project } = await sampleInstall();
    at('2024-04-01T02:00:00Z');
    const first = await freezeProjectRound(db, project.id, { name: '2023年中期评估', kind: 'midterm', asOf: 2023, cutoff: '2024-03-31' });
    const preliminary = rdValue(first)!.value;
    const storedFirst = structuredClone(first);

    await verifiedImport(db, project.id, preliminary + 0.4);
    const plan = structuredClone(project.plan);
    const target = plan.indicators.find((i) => i.id === 'rd-intensity')!.target!;
    if (target.comparator !== 'range') target.value = 9;
    await updatePlan(db, project.id, plan);

    expect((await listRounds(db, project.id)).find((r) => r.id === first.id)).toEqual(storedFirst);
    at('2024-07-01T02:00:00Z');
    const sameCutoff = await freezeProjectRound(db, project.id, { name: 'again', kind: 'midterm', asOf: 2023, cutoff: '2024-03-31' });
    expect(rdValue(sameCutoff)!.value).toBe(preliminary);
    at('2024-07-02T02:00:00Z');
    const later = await freezeProjectRound(db, project.id, { name: 'later', kind: 'midterm', asOf: 2023, cutoff: '2024-07-01' });
    expect(rdValue(later)).toMatchObject({ value: preliminary + 0.4, source: { fileName: '核实数.xlsx', cell: 'B2' } });
    expect(later.inputs.plan.indicators.find((i) => i.id === 'rd-intensity')!.target).toMatchObject({ value: 9 });
    expect((await listRounds(db, project.id)).map((r) => r.name)).toEqual(['later', 'again', '2023年中期评估']);
  });

  it('refuses a cut-off before any value was imported, storing nothing', async () => {
    const { db, project } = await sampleInstall();
    await expect(freezeProjectRound(db, project.id, { name: 'x', kind: 'annual', asOf: 2023, cutoff: '2023-12-31' })).rejects.toThrow(/2023-12-31/);
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('a round and its reports', () => {
  it('are deleted together and come back together on undo', async () => {
    const { db, project } = await sampleInstall();
    const round = await freezeProjectRound(db, project.id, { name: 'r', kind: 'midterm', asOf: 2023, cutoff: '2030-01-01' });
    const doc = { title: 't', subtitle: '', date: '', lang: 'zh' as const, sections: [] };
    const options = { type: 'midterm' as const, asOf: 2023, categories: 'all' as const, includeRegions: true, lang: 'zh' as const, date: '2024-05-01' };
    const ofRound = await createReport(db, project.id, options, doc, new Date(), { roundId: round.id });
    const live = await createReport(db, project.id, options, doc);
    const deleted = await deleteRound(db, round.id);
    expect(deleted.reports.map((r) => r.id)).toEqual([ofRound.id]);
    expect((await listReports(db, project.id)).map((r) => r.id)).toEqual([live.id]);
    await restoreRound(db, deleted);
    expect(await listRounds(db, project.id)).toEqual([round]);
    expect((await listReports(db, project.id)).map((r) => r.id).sort()).toEqual([live.id, ofRound.id].sort());
  });
});

describe('rounds travel with their project', () => {
  it('into a duplicate, a project copy and a restored backup, under new ids, with their hash intact', async () => {
    const { db, project } = await sampleInstall();
    const round = await freezeProjectRound(db, project.id, { name: 'r', kind: 'final', asOf: 2023, cutoff: '2030-01-01' });
    const doc = { title: 't', subtitle: '', date: '', lang: 'zh' as const, sections: [] };
    await createReport(db, project.id, { type: 'final', asOf: 2023, categories: 'all', includeRegions: true, lang: 'zh', date: '2024-05-01' }, doc, new Date(), { roundId: round.id });

    const copy = await duplicateProject(db, project.id, '副本');
    const [copied] = await listRounds(db, copy.id);
    expect(copied!.id).not.toBe(round.id);
    expect(copied!.hash).toBe(round.hash);
    expect(await roundIntact(copied!)).toBe(true);
    expect((await listReports(db, copy.id))[0]!.roundId).toBe(copied!.id);

    const file = await writeBackup(await exportBackup(db, { scope: 'project', projectId: project.id }), backupMeta());
    const target = await openFreshDatabase();
    open.push(target);
    const [imported] = await importProjectCopy(target, await readBackup(file));
    const [inCopy] = await listRounds(target, imported!.id);
    expect(inCopy!.evaluation).toEqual(round.evaluation);
    expect(await roundIntact(inCopy!)).toBe(true);
    expect((await listReports(target, imported!.id))[0]!.roundId).toBe(inCopy!.id);

    const everything = await readBackup(await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta()));
    const restored = await openFreshDatabase();
    open.push(restored);
    await restoreBackup(restored, everything, 'replace');
    expect(await listRounds(restored, project.id)).toEqual([round]);

    await deleteProject(db, project.id);
    expect(await listRounds(db, project.id)).toEqual([]);
  });

  it('a backup whose round was altered is refused and nothing changes', async () => {
    const { db, project } = await sampleInstall();
    await freezeProjectRound(db, project.id, { name: 'r', kind: 'final', asOf: 2023, cutoff: '2030-01-01' });
    const backup = await readBackup(await writeBackup(await exportBackup(db, { scope: 'all' }), backupMeta()));
    (backup.tables.rounds![0] as { asOf: number }).asOf = 2024;
    const target = await openFreshDatabase();
    open.push(target);
    await expect(restoreBackup(target, backup, 'replace')).rejects.toMatchObject({ code: 'hash-mismatch' });
    expect(await target.projects.count()).toBe(0);
  });
});
