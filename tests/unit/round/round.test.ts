// Frozen rounds: the values at the cut-off, a copy of the inputs, the hash that seals them, the round file and the diff.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { defaultSettings, valueSet, type ImportBatch, type Observation } from '../../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations, guangzhouPlan } from '../../../shared/plans';
import { diffRounds, freezeRound, readRoundFile, roundFromRow, roundIntact, roundToRow, roundValueAt, RoundError, roundSource, valuesAtCutoff, writeRoundFile, type Round } from '../../../shared/round';

const EARLY = '2024-01-10T02:00:00.000Z';
const LATE = '2024-06-10T02:00:00.000Z';

function sample(importedAt = EARLY): Observation[] {
  return gzSampleObservations(importedAt).map((o, i) => ({ ...o, id: i + 1, projectId: 'p', batchId: 'b1' }));
}

function batch(id: string, importedAt: string, replaced: Observation[] = []): ImportBatch {
  return { id, projectId: 'p', fileName: `${id}.xlsx`, fileHash: id, importedAt, count: 0, replaced };
}

async function freeze(values: Observation[], cutoff = '2024-03-31', name = '2023年中期评估', plan = guangzhouPlan()): Promise<Round> {
  return freezeRound({ id: name, projectId: 'p', name, kind: 'midterm', asOf: GZ_SAMPLE_AS_OF, cutoff, values, plan, settings: defaultSettings(2020), now: new Date('2024-04-01T00:00:00Z') });
}

describe('freezing a round', () => {
  it('evaluates the values at the round year with the project settings, and seals the content with its hash', async () => {
    const values = sample();
    const round = await freeze(values);
    expect(round.evaluation).toEqual(evaluate(guangzhouPlan(), valueSet(values), defaultSettings(GZ_SAMPLE_AS_OF)));
    expect(round.inputs.settings.asOf).toBe(GZ_SAMPLE_AS_OF);
    expect(round.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await roundIntact(round)).toBe(true);
    expect(roundValueAt(round.inputs.values, 0).source).toEqual(values[0]!.source);
  });

  it('copies the plan: editing a target afterwards changes neither the round nor its hash', async () => {
    const plan = guangzhouPlan();
    const round = await freeze(sample(), '2024-03-31', 'r', plan);
    const before = structuredClone(round.evaluation);
    const target = plan.indicators[0]!.target!;
    if (target.comparator !== 'range') target.value *= 10;
    expect(round.inputs.plan.indicators[0]!.target).toEqual(guangzhouPlan().indicators[0]!.target);
    expect(round.evaluation).toEqual(before);
    expect(await roundIntact(round)).toBe(true);
  });

  it('refuses a cut-off that is not a date, naming it', async () => {
    await expect(freeze(sample(), '2024-02-30')).rejects.toThrow(/2024-02-30/);
    await expect(freeze(sample(), '31.03.2024')).rejects.toBeInstanceOf(RoundError);
  });
});

describe('the values at the cut-off', () => {
  it('leaves out values imported after the cut-off day', () => {
    const early = sample(EARLY);
    const late = { ...early[0]!, id: 999, batchId: 'b2', year: 2023, source: { ...early[0]!.source, importedAt: LATE } };
    const values = valuesAtCutoff([...early, late], [batch('b1', EARLY), batch('b2', LATE)], '2024-03-31', GZ_SAMPLE_AS_OF);
    expect(values).toHaveLength(early.filter((o) => o.year <= GZ_SAMPLE_AS_OF).length);
    expect(values).not.toContain(late);
  });

  it('keeps the 初步数 a later import replaced with its 核实数, and the 核实数 once the cut-off is after it', () => {
    const early = sample(EARLY);
    const preliminary = early.find((o) => o.region === '全市' && o.year === 2023)!;
    const verified: Observation = { ...preliminary, id: 1000, batchId: 'b2', value: preliminary.value + 1, source: { ...preliminary.source, fileName: 'verified.xlsx', importedAt: LATE } };
    const stored = [...early.filter((o) => o !== preliminary), verified];
    const batches = [batch('b1', EARLY), batch('b2', LATE, [preliminary])];
    const atMarch = valuesAtCutoff(stored, batches, '2024-03-31', GZ_SAMPLE_AS_OF);
    expect(atMarch).toContain(preliminary);
    expect(atMarch).not.toContain(verified);
    const atJuly = valuesAtCutoff(stored, batches, '2024-07-01', GZ_SAMPLE_AS_OF);
    expect(atJuly).toContain(verified);
    expect(atJuly).not.toContain(preliminary);
  });
});

describe('the round file', () => {
  it('reads back exactly what was written, and every output figure with it', async () => {
    const round = await freeze(sample());
    const back = await readRoundFile(writeRoundFile(round), 'r.json');
    expect(writeRoundFile(back)).toBe(writeRoundFile(round));
    expect(roundSource(back).evaluation).toEqual(round.evaluation);
    expect(await roundFromRow(roundToRow(round), 'backup')).toEqual(back);
  });

  it('refuses a file altered after freezing, a foreign file and a newer format, saying which', async () => {
    const text = writeRoundFile(await freeze(sample()));
    const parsed = JSON.parse(text);
    parsed.round.inputs.values.values[0] += 1;
    await expect(readRoundFile(JSON.stringify(parsed), 'r.json')).rejects.toMatchObject({ code: 'hash-mismatch' });
    await expect(readRoundFile('{"a":1}', 'x.json')).rejects.toMatchObject({ code: 'not-a-round', message: expect.stringContaining('x.json') });
    await expect(readRoundFile(text.replace('"formatVersion":1', '"formatVersion":9'), 'r.json')).rejects.toMatchObject({ code: 'newer-format' });
    parsed.round.inputs.values.years = 'x';
    await expect(readRoundFile(JSON.stringify(parsed), 'r.json')).rejects.toMatchObject({ code: 'malformed', message: expect.stringContaining('inputs.values.years') });
  });
});

describe('the diff of two rounds', () => {
  it('gives each indicator then and now, and lists the revised values with both sources', async () => {
    const early = sample(EARLY);
    const first = await freeze(early, '2024-03-31', 'a');
    const i = early.findIndex((o) => o.indicatorId === 'rd-intensity' && o.region === '全市' && o.year === 2023);
    const revised = early.map((o, k) => (k === i ? { ...o, value: o.value + 0.5, source: { ...o.source, fileName: 'verified.xlsx', importedAt: LATE } } : o));
    const second = await freeze(revised, '2024-07-01', 'b');
    const diff = diffRounds(first, second);
    expect(diff.then.name).toBe('a');
    expect(diff.indicators.map((c) => c.indicatorId)).toEqual(guangzhouPlan().indicators.map((x) => x.id));
    const rd = diff.indicators.find((c) => c.indicatorId === 'rd-intensity')!;
    expect(rd.then!.latest!.value).toBe(early[i]!.value);
    expect(rd.now!.latest!.value).toBe(early[i]!.value + 0.5);
    expect(diff.revised).toHaveLength(1);
    expect(diff.revised[0]).toMatchObject({ indicatorId: 'rd-intensity', region: '全市', year: 2023, valueChanged: true });
    expect(diff.revised[0]!.now.source.fileName).toBe('verified.xlsx');
    expect(diffRounds(first, first).revised).toEqual([]);
  });
});
