// The one columnar form of values: every draft field comes back as it went in, each repeated text is kept once, values
// keep full precision, slices are runs of their own, and positions across runs find their run.
import { describe, expect, it } from 'vitest';
import { draftAt, observationAt, RunPositions, valueSet, valueSetSize, ValueColumnsBuilder } from '../../../shared/model';
import { draftColumns, numberedDrafts } from '../../support/draft-columns';


const back = (columns: ReturnType<typeof draftColumns>) => Array.from({ length: columns.years.length }, (_, i) => draftAt(columns, i, () => '亿元'));

describe('value columns', () => {
  it('give back every draft field by field, footnotes only where there were any, empty and multi-line texts kept', () => {
    const given = numberedDrafts(0, 30);
    const out = back(draftColumns(given));
    expect(out).toEqual(given);
    expect(out.filter((d) => 'footnote' in d).length).toBe(5); // 0, 7, 14, 21, 28
    expect(out[1]!.rawText).toBe('1\n注');
    expect(out[4]!.rawText).toBe('');
  });

  it('keep each repeated text once', () => {
    const columns = draftColumns(numberedDrafts(0, 30));
    expect([columns.indicatorIds.distinct.length, columns.regions.distinct.length, columns.sheets.distinct.length]).toEqual([3, 2, 1]);
  });

  it('keep values in full precision', () => {
    expect(draftColumns(numberedDrafts(0, 1)).values[0]).toBe(0.1 + 0.2);
  });

  it('grow past the capacity they were given without losing a value', () => {
    const given = numberedDrafts(0, 40);
    const builder = new ValueColumnsBuilder(3);
    for (const d of given) builder.add(d.indicator, d.region, d.year, d.value, d.sheet, d.cell, d.rawText, d.footnote === undefined ? undefined : { footnote: d.footnote });
    expect(back(builder.finish())).toEqual(given);
  });

  it('make an observation of an import, with the file it came from and storage’s id first', () => {
    const columns = draftColumns(numberedDrafts(7, 1));
    const origin = { projectId: 'p', batchId: 'b', fileName: '公报.xlsx', fileHash: 'ab', importedAt: '2024-01-01T00:00:00.000Z' };
    const observation = observationAt(columns, 0, origin, 42);
    expect(observation).toEqual({
      id: 42,
      projectId: 'p',
      batchId: 'b',
      indicatorId: '指标1',
      region: '天河区',
      year: 2018,
      value: 7 + 0.1 + 0.2,
      footnote: '注1',
      source: { fileName: '公报.xlsx', fileHash: 'ab', sheet: '数据', cell: 'D9', rawText: '7\n注', importedAt: origin.importedAt },
    });
    expect(Object.keys(observation)[0]).toBe('id');
    expect(observationAt(columns, 0, origin)).not.toHaveProperty('id');
  });
});

describe('values held as objects', () => {
  it('are one run the engine reads, each position giving back its own object', () => {
    const objects = [{ indicatorId: 'a', region: '全市', year: 2020, value: 1 }, { indicatorId: 'b', region: '天河区', year: 2021, value: 2 }];
    const set = valueSet(objects);
    expect(set.runs).toHaveLength(1);
    expect(valueSetSize(set)).toBe(2);
    expect(set.observationAt(1)).toBe(objects[1]);
    expect([...set.runs[0]!.years]).toEqual([2020, 2021]);
  });
});

describe('positions across runs', () => {
  it('find the run and the index of every position, skipping empty runs', () => {
    const positions = new RunPositions();
    for (const count of [3, 0, 2, 1]) positions.push(count);
    expect(positions.size).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((p) => positions.placeOf(p))).toEqual([
      { run: 0, index: 0 },
      { run: 0, index: 1 },
      { run: 0, index: 2 },
      { run: 2, index: 0 },
      { run: 2, index: 1 },
      { run: 3, index: 0 },
    ]);
  });
});
