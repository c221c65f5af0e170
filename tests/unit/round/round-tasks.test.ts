// A round's task ledger: each progress record as it stood at the cut-off (an earlier version when it was saved again
// later, none when it was first saved later), copied at freezing, sealed by the round's hash and carried by its file.
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ItemProgress, type KeptProgress } from '../../../shared/ledger';
import { defaultSettings, type Observation } from '../../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations, guangzhouPlan } from '../../../shared/plans';
import { guangzhouLedger } from '../../../shared/plans/gz-st-14th-ledger';
import { freezeRound, progressAtCutoff, readRoundFile, roundHash, roundIntact, roundSource, writeRoundFile, type Round, type RoundTasks } from '../../../shared/round';

const BEFORE = '2024-03-20T02:00:00.000Z';
const AFTER = '2024-05-02T02:00:00.000Z';
const CUTOFF = '2024-03-31';

const version = (itemId: string, change: Partial<ItemProgress>, updatedAt: string, year = 2023): ItemProgress => ({ ...emptyProgress(itemId, year), ...change, updatedAt });

function values(): Observation[] {
  return gzSampleObservations(BEFORE).map((o, i) => ({ ...o, id: i + 1, projectId: 'p', batchId: 'b1' }));
}

async function freeze(tasks?: RoundTasks): Promise<Round> {
  return freezeRound({
    id: 'r',
    projectId: 'p',
    name: '2023年中期评估',
    kind: 'midterm',
    asOf: GZ_SAMPLE_AS_OF,
    cutoff: CUTOFF,
    values: values(),
    plan: guangzhouPlan(),
    settings: defaultSettings(2020),
    ...(tasks ? { tasks } : {}),
    now: new Date('2024-06-01T00:00:00Z'),
  });
}

describe('the progress at the cut-off', () => {
  const onTrack = version('t-3-1', { rating: 'on-track', text: '按计划推进' }, BEFORE);
  const lagging = version('t-3-1', { rating: 'lagging', text: '部分项目未开工', lagReason: '用地报批周期长', nextSteps: '加快审批' }, AFTER);

  it('takes a record saved again after the cut-off as it stood before it', () => {
    const kept: KeptProgress = { ...lagging, earlier: [onTrack] };
    expect(progressAtCutoff([kept], CUTOFF, 2023)).toEqual([onTrack]);
  });

  it('takes the latest version saved by the cut-off, and the record itself once the cut-off is after it', () => {
    const kept: KeptProgress = { ...lagging, earlier: [version('t-3-1', { rating: 'not-started', lagReason: 'a', nextSteps: 'b' }, '2024-01-05T00:00:00.000Z'), onTrack] };
    expect(progressAtCutoff([kept], CUTOFF, 2023)).toEqual([onTrack]);
    expect(progressAtCutoff([kept], '2024-05-02', 2023)).toEqual([version('t-3-1', { rating: 'lagging', text: '部分项目未开工', lagReason: '用地报批周期长', nextSteps: '加快审批' }, AFTER)]);
  });

  it('leaves out a record first saved after the cut-off, and a record of a year after the as-of year', () => {
    const later = version('p-gz-lab', { rating: 'done', stage: 'completed' }, AFTER);
    const nextYear = version('t-3-2', { rating: 'on-track' }, BEFORE, 2024);
    expect(progressAtCutoff([later, nextYear, onTrack], CUTOFF, 2023)).toEqual([onTrack]);
  });

  it('states the record alone: neither the project a stored row names nor its earlier versions', () => {
    const row = { ...onTrack, projectId: 'p', earlier: [version('t-3-1', {}, '2024-01-01T00:00:00.000Z')] };
    const [standing] = progressAtCutoff([row], CUTOFF, 2023);
    expect(standing).toEqual(onTrack);
    expect(Object.keys(standing!)).not.toContain('projectId');
    expect(Object.keys(standing!)).not.toContain('earlier');
  });
});

describe('a round frozen with its ledger', () => {
  const progress = [version('t-3-1', { rating: 'on-track', text: '按计划推进' }, BEFORE)];

  it('copies the ledger and the progress: later edits of either reach neither the round nor its hash', async () => {
    const tasks: RoundTasks = { ledger: guangzhouLedger(), progress: structuredClone(progress) };
    const round = await freeze(tasks);
    tasks.progress[0]!.rating = 'lagging';
    tasks.ledger.items[0]!.title = '改过的标题';
    expect(round.inputs.tasks).toEqual({ ledger: guangzhouLedger(), progress });
    expect(roundSource(round).tasks).toEqual({ ledger: guangzhouLedger(), progress });
    expect(await roundIntact(round)).toBe(true);
  });

  it('seals the progress with the hash: a rating altered in the stored round no longer matches', async () => {
    const round = await freeze({ ledger: guangzhouLedger(), progress: structuredClone(progress) });
    round.inputs.tasks!.progress[0]!.rating = 'done';
    expect(await roundIntact(round)).toBe(false);
  });

  it('keeps the hash of a round without a ledger as rounds were sealed before ledgers were frozen', async () => {
    const round = await freeze();
    expect(round.inputs.tasks).toBeUndefined();
    expect(roundSource(round)).not.toHaveProperty('tasks');
    const { hash: _hash, ...content } = round;
    expect(await roundHash({ ...content, inputs: { ...content.inputs, tasks: undefined } })).toBe(round.hash);
  });

  it('carries the ledger and progress through its file, and refuses a file whose tasks are misshapen', async () => {
    const round = await freeze({ ledger: guangzhouLedger(), progress });
    const read = await readRoundFile(writeRoundFile(round), 'midterm.json');
    expect(read.inputs.tasks).toEqual(round.inputs.tasks);
    const broken = JSON.parse(writeRoundFile(round));
    broken.round.inputs.tasks.progress[0].year = '2023';
    await expect(readRoundFile(JSON.stringify(broken), 'midterm.json')).rejects.toThrow(/midterm\.json[\s\S]*inputs\.tasks/);
  });
});
