// The built-in plan's ledger with a few of its items rated in 2023 (one of each rating, one unreported, one with a
// PDF as evidence): the task chapter's fixture of these tests.
import { emptyProgress, type ItemProgress } from '../../../shared/ledger';
import { guangzhouLedger } from '../../../shared/plans';
import type { ReportTasks } from '../../../shared/report';

export const EVIDENCE_HASH = 'c0ffee'.repeat(10) + 'abcd';
const PDF = { hash: EVIDENCE_HASH, name: '广州实验室挂牌文件.pdf', type: 'application/pdf', size: 52_000, addedAt: '2023-11-02T09:00:00.000Z' };
const record = (itemId: string, over: Partial<ItemProgress>): ItemProgress => ({ ...emptyProgress(itemId, 2023), reportedBy: '市科技局', updatedAt: '2024-01-02T00:00:00.000Z', ...over });

export const SAMPLE_TASKS: ReportTasks = {
  ledger: guangzhouLedger(),
  progress: [
    record('t-3-1', { rating: 'on-track', text: '完成年度任务' }),
    record('t-4-1-2', { rating: 'lagging', text: '进度偏慢', lagReason: '用地未落实。', nextSteps: '年内完成供地' }),
    record('t-9-1-1', { rating: 'not-started', lagReason: '资金未到位', nextSteps: '争取专项资金' }),
    record('t-6-2-1', { rating: 'dropped', dropReason: '并入其他任务' }),
    { ...emptyProgress('p-gz-lab', 2022), stage: 'started', rating: 'on-track' },
    record('p-gz-lab', { rating: 'done', stage: 'completed', evidence: [PDF] }),
    record('t-5-1-1', { rating: null }),
  ],
};
