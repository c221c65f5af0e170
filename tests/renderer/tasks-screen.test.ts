// What the 重点任务 screen computes: items filtered by chapter, lead unit, rating and text; the chart's bars by chapter
// and rating with every rating's colour in its key; an item's history, timeline and evidence across years.
import { describe, expect, it } from 'vitest';
import { emptyProgress, RATING_COLORS, type ItemProgress, type Ledger } from '../../shared/ledger';
import { guangzhouLedger } from '../../shared/plans/gz-st-14th-ledger';
import type { ProgressRow } from '../../renderer/db/ledger';
import { itemEvidence, itemHistory, timeline } from '../../renderer/src/screens/tasks/item-history';
import { chapterOf, chapters, filterItems, leadUnits, NO_FILTER, progressOfYear, RATING_KEYS, ratingChart } from '../../renderer/src/screens/tasks/task-rows';

const ledger: Ledger = guangzhouLedger();
const row = (itemId: string, year: number, change: Partial<ItemProgress>): ProgressRow => ({ ...emptyProgress(itemId, year), ...change, projectId: 'p1' });
const progress = [
  row('t-3-1', 2023, { rating: 'lagging', lagReason: '用地', nextSteps: '审批' }),
  row('p-gz-lab', 2022, { rating: 'on-track', stage: 'started' }),
  row('p-gz-lab', 2023, { rating: 'done', stage: 'completed', evidence: [{ hash: 'a'.repeat(64), name: '挂牌.pdf', type: 'application/pdf', size: 10, addedAt: '' }] }),
];

describe('the list’s filters', () => {
  const records = progressOfYear(progress, 2023);
  it('by chapter, rating and text, in ledger order', () => {
    expect(chapterOf('五（一）2')).toBe('五');
    expect(chapters(ledger).map((c) => c.ref)).toEqual(['三', '四', '五', '六', '七', '八', '九']);
    expect(filterItems(ledger, records, NO_FILTER)).toHaveLength(ledger.items.length);
    expect(filterItems(ledger, records, { ...NO_FILTER, chapter: '三' })).toHaveLength(7);
    expect(filterItems(ledger, records, { ...NO_FILTER, rating: 'lagging' }).map((i) => i.id)).toEqual(['t-3-1']);
    expect(filterItems(ledger, records, { ...NO_FILTER, rating: 'unreported' })).toHaveLength(ledger.items.length - 2);
    expect(filterItems(ledger, records, { ...NO_FILTER, search: '广州实验室' }).map((i) => i.id)).toEqual(['p-gz-lab']);
  });

  it('by lead unit, including the items that name none', () => {
    const led: Ledger = { ...ledger, items: ledger.items.map((i) => (i.id === 't-3-1' ? { ...i, lead: '市科技局' } : i)) };
    expect(leadUnits(led)).toEqual({ units: ['市科技局'], someUnnamed: true });
    expect(filterItems(led, records, { ...NO_FILTER, lead: '市科技局' }).map((i) => i.id)).toEqual(['t-3-1']);
    expect(filterItems(led, records, { ...NO_FILTER, lead: '' })).toHaveLength(ledger.items.length - 1);
  });
});

describe('the chart of ratings by chapter', () => {
  it('draws a series for each rating some item has, a bar where a chapter has one, and keys every rating’s colour', () => {
    const spec = ratingChart(ledger, progress, 2023, 'zh');
    expect(spec.labels[0]).toBe('三、优化提升空间布局');
    expect(spec.datasets.map((d) => d.label)).toEqual(['已完成', '滞后', '未报送']);
    expect(spec.datasets[0]!.values).toEqual([null, null, 1, null, null, null, null]);
    expect(spec.datasets[1]!.values).toEqual([1, null, null, null, null, null, null]);
    expect(spec.datasets[2]!.values).toEqual([6, 14, 32, 24, 22, 14, 34]);
    expect(spec.legend).toEqual(RATING_KEYS.map((r) => ({ label: expect.any(String), color: RATING_COLORS[r] })));
    expect(ratingChart(ledger, progress, 2023, 'en').legend!.map((l) => l.label)).toContain('behind schedule');
  });
});

describe('an item’s page', () => {
  const lab = ledger.items.find((i) => i.id === 'p-gz-lab')!;
  it('lists its years in order, the stages reached with the planned milestones, and its evidence latest first', () => {
    const history = itemHistory(lab, progress);
    expect(history.map((p) => p.year)).toEqual([2022, 2023]);
    expect(timeline({ ...lab, milestones: [{ year: 2024, stage: 'accepted' }, { year: 2023, stage: 'completed' }] }, history)).toEqual([
      { year: 2022, stage: 'started', kind: 'reached' },
      { year: 2023, stage: 'completed', kind: 'planned' },
      { year: 2023, stage: 'completed', kind: 'reached' },
      { year: 2024, stage: 'accepted', kind: 'planned' },
    ]);
    expect(itemEvidence(history).map((e) => [e.year, e.evidence.name])).toEqual([[2023, '挂牌.pdf']]);
  });
});
