// The chapter 重点任务推进情况 and the 附件 after the report, drafted from the ledger and its progress in the report's
// year: counts by rating (a table and a chart), a paragraph per plan chapter naming the lagging items with their
// reasons and next steps and one on the major platforms and projects; then, as attachments, the table of those
// platforms and projects and every evidence file cited by item.
import { t, type Language } from '../i18n';
import { LAGGING_RATINGS, progressRatingText, RATINGS, ratingCounts, type ItemKind, type Rating } from '../ledger';
import { ratingChart } from './figures';
import type { Block, ParagraphBlock, Section, TableBlock } from './model';
import { headingNumber } from './numbering';
import { chapterStatuses, evidenceEntries, HASH_PREFIX, itemStatuses, type ChapterStatus, type ItemStatus, type ReportTasks } from './tasks';

/** What the chapter needs of the report being built: its year and language, and the running figure and table numbers. */
export interface TasksChapterContext {
  lang: Language;
  year: number;
  nextTable(title: string): string;
  nextFigure(title: string): string;
}

const DASH = '—';
const COUNTED = [...RATINGS, 'unreported'] as const;
const KINDS: readonly ItemKind[] = ['task', 'platform', 'project'];

/** A paragraph drafted wholly from the ledger's records: its text is its fingerprint, so an edit goes stale when they change. */
function drafted(id: string, text: string): ParagraphBlock {
  return { kind: 'paragraph', id, text, drafted: text, figures: text, edited: false, stale: false };
}

/** A reported text inside a sentence: without the full stop or separator it may end with. */
function clause(text: string): string {
  return text.trim().replace(/[。；;，,.\s]+$/u, '');
}

function countsText(ctx: TasksChapterContext, counts: ChapterStatus['counts']): string {
  return COUNTED.filter((r) => counts[r] > 0)
    .map((r) => t('tasksReport.report.count', ctx.lang, { rating: t(`ledger.rating.${r}`, ctx.lang), n: counts[r] }))
    .join(t('report.p.listSeparator', ctx.lang));
}

function itemsWith(items: ItemStatus[], ratings: readonly Rating[]): ItemStatus[] {
  return items.filter((s) => s.record?.rating && ratings.includes(s.record.rating));
}

/** The sentences of a chapter's lagging, not started, dropped and unreported items, each named with what it owes. */
function exceptions(ctx: TasksChapterContext, items: ItemStatus[]): string {
  const sep = t('tasksReport.report.itemSeparator', ctx.lang);
  const sentences: string[] = [];
  for (const rating of LAGGING_RATINGS) {
    const list = itemsWith(items, [rating]).map(({ item, record }) =>
      t('tasksReport.report.laggingItem', ctx.lang, { title: item.title, section: item.section, reason: clause(record!.lagReason), steps: clause(record!.nextSteps) }),
    );
    if (list.length) sentences.push(t(`tasksReport.report.list.${rating}`, ctx.lang, { list: list.join(sep) }));
  }
  const dropped = itemsWith(items, ['dropped']).map(({ item, record }) => t('tasksReport.report.droppedItem', ctx.lang, { title: item.title, section: item.section, reason: clause(record!.dropReason) }));
  if (dropped.length) sentences.push(t('tasksReport.report.list.dropped', ctx.lang, { list: dropped.join(sep) }));
  // The counts already say how many were not reported: the sentence adds who did not, where a department is known.
  const byDepartment = new Map<string, number>();
  for (const s of items) if (!s.record?.rating && s.record?.reportedBy) byDepartment.set(s.record.reportedBy, (byDepartment.get(s.record.reportedBy) ?? 0) + 1);
  if (byDepartment.size > 0) {
    const who = [...byDepartment].map(([department, n]) => t('tasksReport.report.byDepartment', ctx.lang, { department, n })).join(t('report.p.listSeparator', ctx.lang));
    sentences.push(t('tasksReport.report.unreportedBy', ctx.lang, { who }));
  }
  return sentences.join('');
}

/** "重点任务150项、重大平台75个" for the kinds the items are of. */
function kindsText(ctx: TasksChapterContext, statuses: ItemStatus[]): string {
  return KINDS.map((kind) => [kind, statuses.filter((s) => s.item.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t(`tasksReport.report.kind.${kind}`, ctx.lang, { n }))
    .join(t('report.p.listSeparator', ctx.lang));
}

function summary(ctx: TasksChapterContext, statuses: ItemStatus[], chapters: ChapterStatus[]): ParagraphBlock {
  const total = Object.fromEntries(COUNTED.map((r) => [r, chapters.reduce((sum, c) => sum + c.counts[r], 0)])) as ChapterStatus['counts'];
  return drafted('tasks.summary', t('tasksReport.report.summary', ctx.lang, { year: ctx.year, total: statuses.length, kinds: kindsText(ctx, statuses), counts: countsText(ctx, total) }));
}

function chaptersTable(ctx: TasksChapterContext, chapters: ChapterStatus[]): TableBlock {
  const sum = (r: (typeof COUNTED)[number]) => chapters.reduce((n, c) => n + c.counts[r], 0);
  const row = (label: string, total: number, count: (r: (typeof COUNTED)[number]) => number) => [label, String(total), ...COUNTED.map((r) => String(count(r)))];
  return {
    kind: 'table',
    id: 'table.tasks.chapters',
    title: ctx.nextTable(t('tasksReport.report.table.chapters', ctx.lang)),
    header: [t('tasksReport.report.col.chapter', ctx.lang), t('tasksReport.report.col.total', ctx.lang), ...COUNTED.map((r) => t(`ledger.rating.${r}`, ctx.lang))],
    rows: [
      ...chapters.map((c) => row(c.heading, c.items.length, (r) => c.counts[r])),
      row(t('tasksReport.report.col.total', ctx.lang), chapters.reduce((n, c) => n + c.items.length, 0), sum),
    ],
    repeatHeader: true,
    widths: [34, 7, 8, 9, 9, 7, 8, 9, 8],
    noWrap: [1, 2, 3, 4, 5, 6, 7, 8],
  };
}

/** The major platforms and projects: every ledger item that is not a task. */
const platformsOf = (statuses: ItemStatus[]) => statuses.filter((s) => s.item.kind !== 'task');

/** The platforms' and projects' counts by rating, and where the attachment lists each of them. */
function platformsSummary(ctx: TasksChapterContext, shown: ItemStatus[]): ParagraphBlock {
  const counts = ratingCounts(
    shown.map((s) => s.item),
    shown.flatMap((s) => (s.record ? [s.record] : [])),
    ctx.year,
  );
  return drafted('tasks.platforms', t('tasksReport.report.platformsSummary', ctx.lang, { total: shown.length, kinds: kindsText(ctx, shown), counts: countsText(ctx, counts) }));
}

function platformsTable(ctx: TasksChapterContext, shown: ItemStatus[]): TableBlock {
  const c = (key: string) => t(`tasksReport.report.col.${key}`, ctx.lang);
  return {
    kind: 'table',
    id: 'table.tasks.platforms',
    title: ctx.nextTable(t('tasksReport.report.table.platforms', ctx.lang)),
    header: [c('name'), c('section'), c('kind'), c('lead'), c('stage'), c('rating')],
    rows: shown.map(({ item, record, stage }) => [
      item.title,
      item.section,
      t(`ledger.kind.${item.kind}`, ctx.lang),
      item.lead || DASH,
      stage ? t(`ledger.stage.${stage}`, ctx.lang) : DASH,
      progressRatingText(record, ctx.lang),
    ]),
    repeatHeader: true,
    widths: [34, 11, 7, 16, 11, 14],
    noWrap: [1, 2, 4, 5],
  };
}

/** The chapter 重点任务推进情况 under `heading`. */
export function tasksSection(ctx: TasksChapterContext, tasks: ReportTasks, heading: string): Section {
  const statuses = itemStatuses(tasks, ctx.year);
  const chapters = chapterStatuses(tasks, ctx.year);
  const spec = ratingChart(chapters, ctx.lang);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    summary(ctx, statuses, chapters),
    chaptersTable(ctx, chapters),
    ...(spec ? [{ kind: 'chart' as const, id: 'chart.tasks.ratings', title: ctx.nextFigure(t('tasksReport.report.chart.ratings', ctx.lang)), spec }] : []),
  ];
  chapters.forEach((chapter, index) => {
    const title = tasks.ledger.sections.find((s) => s.ref === chapter.ref)?.title ?? chapter.heading;
    const text = t('tasksReport.report.chapter', ctx.lang, { total: chapter.items.length, counts: countsText(ctx, chapter.counts) }) + exceptions(ctx, chapter.items);
    blocks.push({ kind: 'heading', level: 2, text: headingNumber(ctx.lang, index, title, 2) }, drafted(`tasks.chapter.${chapter.ref}`, text));
  });
  const platforms = platformsOf(statuses);
  if (platforms.length) blocks.push({ kind: 'heading', level: 2, text: headingNumber(ctx.lang, chapters.length, t('tasksReport.report.platforms', ctx.lang), 2) }, platformsSummary(ctx, platforms));
  return { id: 'tasks', blocks };
}

/** The evidence files up to the report's year, by item, with their SHA-256 prefix; a sentence when there are none. */
function evidenceList(ctx: TasksChapterContext, tasks: ReportTasks): Block[] {
  const entries = evidenceEntries(tasks, ctx.year);
  const c = (key: string) => t(`tasksReport.report.col.${key}`, ctx.lang);
  if (entries.length === 0) return [drafted('evidence.none', t('tasksReport.report.noEvidence', ctx.lang, { year: ctx.year }))];
  return [
    {
      kind: 'table',
      id: 'table.evidence',
      title: ctx.nextTable(t('tasksReport.report.table.evidence', ctx.lang)),
      header: [c('item'), c('year'), c('file'), c('hash')],
      rows: entries.map(({ item, year, evidence }) => [t('tasksReport.report.evidenceItem', ctx.lang, { title: item.title, section: item.section }), String(year), evidence.name, evidence.hash.slice(0, HASH_PREFIX)]),
      repeatHeader: true,
      widths: [36, 7, 34, 21],
      noWrap: [1, 3],
      notes: [t('tasksReport.report.evidenceNote', ctx.lang, { n: HASH_PREFIX })],
    },
  ];
}

/**
 * The 附件 after the report, one entry in the 目录: 附件1 the table of the major platforms and projects (where the
 * ledger has any; the chapter's paragraph on them points to it), then the list of evidence files, 附件2 or, alone,
 * unnumbered; each on a page of its own. Long lists belong in attachments, where they do not push the report's
 * conclusions pages back.
 */
export function annexSection(ctx: TasksChapterContext, tasks: ReportTasks): Section {
  const platforms = platformsOf(itemStatuses(tasks, ctx.year));
  const parts: { title: string; blocks: Block[] }[] = [
    ...(platforms.length ? [{ title: t('tasksReport.report.annex.platforms', ctx.lang), blocks: [platformsTable(ctx, platforms)] }] : []),
    { title: t('tasksReport.report.table.evidence', ctx.lang), blocks: evidenceList(ctx, tasks) },
  ];
  const titled = (title: string, n: number) => (parts.length > 1 ? t('tasksReport.report.annexNumbered', ctx.lang, { n, title }) : title);
  return {
    id: 'annexes',
    blocks: [
      { kind: 'heading', level: 1, text: t('tasksReport.report.annexes', ctx.lang), newPage: true },
      ...parts.flatMap(({ title, blocks }, i): Block[] => [
        { kind: 'heading', level: 2, inContents: false, text: titled(title, i + 1), ...(i > 0 ? { newPage: true as const } : {}) },
        ...blocks,
      ]),
    ],
  };
}
