// A progress record is saved only when it owes nothing: a lagging rating its reason and next steps, a dropped item its
// reason, a completed build its stage and evidence; counts by rating treat a missing record as 未报送, never a rating.
import { describe, expect, it } from 'vitest';
import { t } from '../../../shared/i18n';
import { emptyProgress, progressRatingText, RATINGS, ratingCounts, validateProgress, type ItemProgress, type LedgerItem } from '../../../shared/ledger';

function item(over: Partial<LedgerItem> = {}): LedgerItem {
  return { id: 'p-gz-lab', section: '五（一）1', title: '广州实验室', kind: 'platform', verb: 'build', lead: '', partners: [], milestones: [], indicators: [], ...over };
}
const progress = (over: Partial<ItemProgress> = {}): ItemProgress => ({ ...emptyProgress('p-gz-lab', 2023), ...over });
const keys = (i: LedgerItem, p: ItemProgress) => validateProgress(i, p).map((e) => [e.field, e.key]);
const PDF = { hash: 'a'.repeat(64), name: '挂牌文件.pdf', type: 'application/pdf', size: 1024, addedAt: '2023-12-01T00:00:00Z' };

describe('validating a progress record', () => {
  it('accepts an unreported record and an on-schedule one without reasons', () => {
    expect(keys(item(), progress())).toEqual([]);
    expect(keys(item(), progress({ rating: 'on-track', text: '主体工程完工' }))).toEqual([]);
  });

  it('refuses 滞后 and 未启动 without the reason and the next steps', () => {
    for (const rating of ['lagging', 'not-started'] as const) {
      expect(keys(item(), progress({ rating }))).toEqual([['lagReason', 'ledger.progress.error.lagReason'], ['nextSteps', 'ledger.progress.error.nextSteps']]);
      expect(keys(item(), progress({ rating, lagReason: '用地未落实', nextSteps: '年内完成供地' }))).toEqual([]);
    }
  });

  it('refuses 不再实施 without its reason', () => {
    expect(keys(item(), progress({ rating: 'dropped' }))).toEqual([['dropReason', 'ledger.progress.error.dropReason']]);
    expect(keys(item(), progress({ rating: 'dropped', dropReason: '并入广州实验室' }))).toEqual([]);
  });

  it('rates a build item 已完成 only with the stage 建成/挂牌 or later reached and evidence attached', () => {
    expect(keys(item(), progress({ rating: 'done', stage: 'started' }))).toEqual([['stage', 'ledger.progress.error.doneStage'], ['evidence', 'ledger.progress.error.doneEvidence']]);
    expect(keys(item(), progress({ rating: 'done', stage: 'operating', evidence: [PDF] }))).toEqual([]);
    expect(keys(item({ verb: 'advance' }), progress({ rating: 'done' }))).toEqual([]);
  });

  it('refuses a rating or stage off the scale, and a record of another item', () => {
    expect(keys(item(), progress({ rating: 'good' as never, stage: 'dreamt' as never, itemId: 'other' }))).toEqual([
      ['itemId', 'ledger.progress.error.item'], ['rating', 'ledger.progress.error.rating'], ['stage', 'ledger.progress.error.stage'],
    ]);
  });

  it('has every rating and error named in both languages', () => {
    for (const rating of [...RATINGS, 'unreported']) {
      expect(t(`ledger.rating.${rating}`, 'zh')).not.toBe(`ledger.rating.${rating}`);
      expect(t(`ledger.rating.${rating}`, 'en')).not.toBe(`ledger.rating.${rating}`);
    }
    expect(t('ledger.progress.error.lagReason', 'zh')).toBe('评为滞后或未启动时须填写滞后原因');
  });
});

describe('counting by rating', () => {
  it('counts the year asked, and an item without a record as not reported', () => {
    const items = [item(), item({ id: 'b' }), item({ id: 'c' })];
    const records = [progress({ rating: 'lagging' }), { ...emptyProgress('b', 2023), rating: 'done' as const }, { ...emptyProgress('c', 2022), rating: 'done' as const }];
    expect(ratingCounts(items, records, 2023)).toEqual({ done: 1, ahead: 0, 'on-track': 0, lagging: 1, 'not-started': 0, dropped: 0, unreported: 1 });
  });
});

describe('how a rating reads', () => {
  it('names the rating, a department that did not report, or 未报送 without a record', () => {
    expect(progressRatingText(progress({ rating: 'lagging' }), 'zh')).toBe('滞后');
    expect(progressRatingText(progress({ reportedBy: '市科技局' }), 'zh')).toBe('市科技局未报送');
    expect(progressRatingText(progress({ reportedBy: '市科技局' }), 'en')).toBe('not reported by 市科技局');
    expect(progressRatingText(undefined, 'zh')).toBe('未报送');
  });
});
