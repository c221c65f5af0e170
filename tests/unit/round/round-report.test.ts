// A report of a round names the round (cut-off, hash) in its appendix, and a comparison with an earlier round adds the
// annex 评估轮次对比: each indicator in both rounds, and the revised value with both sources.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Observation } from '../../../shared/model';
import { GZ_SAMPLE_AS_OF, gzSampleObservations, guangzhouPlan } from '../../../shared/plans';
import { allBlocks, buildReport, type ParagraphBlock, type TableBlock } from '../../../shared/report';
import { diffRounds, freezeRound, roundSource, roundStamp } from '../../../shared/round';

const OPTIONS = { type: 'midterm' as const, asOf: GZ_SAMPLE_AS_OF, categories: 'all' as const, includeRegions: true, lang: 'zh' as const, date: '2024-06-01' };

async function rounds() {
  const values: Observation[] = gzSampleObservations('2024-01-10T02:00:00.000Z').map((o, i) => ({ ...o, id: i + 1, projectId: 'p', batchId: 'b' }));
  const freeze = (name: string, v: Observation[], cutoff: string) =>
    freezeRound({ id: name, projectId: 'p', name, kind: 'midterm', asOf: GZ_SAMPLE_AS_OF, cutoff, values: v, plan: guangzhouPlan(), settings: defaultSettings(2020), now: new Date('2024-07-01T00:00:00Z') });
  const revised = values.map((o) => (o.indicatorId === 'tech-contracts' && o.region === '全市' && o.year === 2023 ? { ...o, value: 2600, source: { ...o.source, fileName: '核实数.xlsx', sheet: '表1', cell: 'C4' } } : o));
  return { then: await freeze('初步', values, '2024-03-31'), now: await freeze('核实', revised, '2024-06-30') };
}

describe('the report of a round', () => {
  it('states the round it was drafted from, and compares it with the earlier one in an annex', async () => {
    const { then, now } = await rounds();
    const doc = buildReport({ ...roundSource(now), options: OPTIONS, round: roundStamp(now), diff: diffRounds(then, now) });
    const blocks = allBlocks(doc);
    const stamp = blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.id === 'round.stamp')!;
    expect(stamp.text).toContain('数据截止时点 2024-06-30');
    expect(stamp.text).toContain(now.hash);
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: '附录4 评估轮次对比' });
    const indicators = blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'table.roundDiff')!;
    expect(indicators.rows).toHaveLength(guangzhouPlan().indicators.length);
    expect(indicators.header.slice(1, 4)).toEqual(['初步 现值（年份）', '初步 完成度', '初步 判断']);
    const revised = blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'table.roundRevised')!;
    expect(revised.rows).toEqual([['技术合同成交额', '全市', '2023', '2550.82', '2600.00', expect.stringContaining('核实数.xlsx，表1!C4')]]);
    // Without a round the report is as it was: no stamp, no annex.
    const plain = allBlocks(buildReport({ ...roundSource(now), options: OPTIONS }));
    expect(plain.some((b) => b.kind === 'paragraph' && b.id === 'round.stamp')).toBe(false);
    expect(plain.some((b) => b.kind === 'table' && b.id === 'table.roundDiff')).toBe(false);
  });
});
