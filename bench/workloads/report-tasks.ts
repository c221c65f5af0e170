// The 中期 docx with the task chapter and its 附件 from a ledger of 300 items with five years of progress and
// 200 evidence files, against the same report without the ledger: what the chapter costs on top of the report.
import { emptyProgress, RATINGS, STAGES, type ItemKind, type ItemProgress, type Ledger, type LedgerItem } from '../../shared/ledger';
import { guangzhouLedger } from '../../shared/plans';
import type { ReportTasks } from '../../shared/report';
import { alternatingMedians } from '../stats';
import type { BenchRow, Workload } from '../workload';
import { midtermDocx } from './report-docx';

const RUNS = 3;
const ITEMS = 300;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const EVIDENCE = 200;
const KINDS: ItemKind[] = ['task', 'task', 'platform', 'project'];

/** 300 items over the built-in plan's sections, each rated every year (the lagging with reasons), 200 evidence files in the years the report reads. */
export function benchTasks(): ReportTasks {
  const builtin = guangzhouLedger();
  const items: LedgerItem[] = Array.from({ length: ITEMS }, (_, i) => {
    const model = builtin.items[i % builtin.items.length]!;
    return { ...model, id: `b-${i}`, title: `${model.title} ${i}`, kind: KINDS[i % KINDS.length]!, verb: 'advance', lead: `部门${i % 12}` };
  });
  const ledger: Ledger = { ...builtin, items };
  let files = 0;
  const progress: ItemProgress[] = items.flatMap((item, i) =>
    YEARS.map((year, y) => {
      const rating = RATINGS[(i + y) % RATINGS.length]!;
      const evidence = year <= 2023 && files < EVIDENCE && (i + y) % 4 === 0 ? [{ hash: (++files).toString(16).padStart(64, '0'), name: `佐证材料${files}.pdf`, type: 'application/pdf', size: 40_000, addedAt: `${year}-12-01T00:00:00.000Z` }] : [];
      const lagging = rating === 'lagging' || rating === 'not-started';
      return {
        ...emptyProgress(item.id, year),
        rating,
        text: `${year}年按计划推进各项工作`,
        stage: item.kind === 'task' ? null : STAGES[Math.min(y, STAGES.length - 1)]!,
        lagReason: lagging ? '前期手续办理时间较长' : '',
        nextSteps: lagging ? '加快推进前期工作' : '',
        dropReason: rating === 'dropped' ? '已并入其他任务' : '',
        evidence,
        reportedBy: item.lead,
      };
    }),
  );
  if (files !== EVIDENCE) throw new Error(`bench ledger has ${files} evidence files, not ${EVIDENCE}`);
  return { ledger, progress };
}

export const reportTasksWorkload: Workload = {
  name: 'report-tasks',
  async run(): Promise<BenchRow[]> {
    const tasks = benchTasks();
    const time = (withTasks: boolean) => async () => {
      const start = performance.now();
      await midtermDocx(withTasks ? tasks : undefined);
      return performance.now() - start;
    };
    const [ours_ms, peer_ms] = await alternatingMedians(RUNS, [time(true), time(false)]);
    return [
      {
        workload: `report-tasks: 中期 docx with the task chapter, ${ITEMS} ledger items × ${YEARS.length} years, ${EVIDENCE} evidence files`,
        ours_ms,
        peer: 'the same report without the ledger',
        peer_ms,
        ratio: ours_ms / peer_ms,
        target: '≤ 1.5× the report without the ledger',
        pass: ours_ms <= 1.5 * peer_ms,
      },
    ];
  },
};
