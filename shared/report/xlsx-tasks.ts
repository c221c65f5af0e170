// The workbook's sheets of the task chapter: every item with its answer of the report's year, counts by rating per
// plan chapter, and every evidence file with its full SHA-256; the same facts the chapter states (tasks.ts).
import { t, type Language } from '../i18n';
import { progressRatingText, RATINGS } from '../ledger';
import { chapterStatuses, evidenceEntries, itemStatuses, type ChapterStatus, type EvidenceEntry, type ItemStatus, type ReportTasks } from './tasks';
import type { Column, Table } from './xlsx-table';

/** A table's title row, from its name (the report's own title function). */
type Title = (table: string) => string;

function col<R>(header: string, value: Column<R>['value']): Column<R> {
  return { header, value };
}

export function taskItemsTable(tasks: ReportTasks, year: number, lang: Language, title: Title): Table<ItemStatus> {
  const h = (key: string) => t(`tasksReport.xlsx.col.${key}`, lang, { year });
  return {
    title: title(t('tasksReport.xlsx.table.items', lang)),
    columns: [
      col(h('section'), (s) => s.item.section),
      col(h('title'), (s) => s.item.title),
      col(h('kind'), (s) => t(`ledger.kind.${s.item.kind}`, lang)),
      col(h('verb'), (s) => t(`ledger.verb.${s.item.verb}.label`, lang)),
      col(h('lead'), (s) => s.item.lead),
      col(h('rating'), (s) => progressRatingText(s.record, lang)),
      col(h('stage'), (s) => (s.stage ? t(`ledger.stage.${s.stage}`, lang) : '')),
      col(h('text'), (s) => s.record?.text ?? ''),
      col(h('lagReason'), (s) => s.record?.lagReason ?? ''),
      col(h('nextSteps'), (s) => s.record?.nextSteps ?? ''),
      col(h('dropReason'), (s) => s.record?.dropReason ?? ''),
      col(h('evidence'), (s) => s.record?.evidence.length ?? 0),
    ],
    unprinted: [col(h('id'), (s) => s.item.id), col(h('partners'), (s) => s.item.partners.join('、')), col(h('reportedBy'), (s) => s.record?.reportedBy ?? '')],
    rows: itemStatuses(tasks, year),
    frozenColumns: 2,
  };
}

export function taskChaptersTable(tasks: ReportTasks, year: number, lang: Language, title: Title): Table<ChapterStatus> {
  return {
    title: title(t('tasksReport.report.table.chapters', lang)),
    columns: [
      col(t('tasksReport.report.col.chapter', lang), (c) => c.heading),
      col(t('tasksReport.report.col.total', lang), (c) => c.items.length),
      ...[...RATINGS, 'unreported' as const].map((r) => col<ChapterStatus>(t(`ledger.rating.${r}`, lang), (c) => c.counts[r])),
    ],
    unprinted: [],
    rows: chapterStatuses(tasks, year),
    frozenColumns: 1,
  };
}

export function evidenceTable(tasks: ReportTasks, year: number, lang: Language, title: Title): Table<EvidenceEntry> {
  const h = (key: string) => t(`tasksReport.xlsx.col.${key}`, lang, { year });
  return {
    title: title(t('tasksReport.report.table.evidence', lang)),
    columns: [
      col(h('section'), (e) => e.item.section),
      col(h('title'), (e) => e.item.title),
      col(t('tasksReport.report.col.year', lang), (e) => e.year),
      col(t('tasksReport.report.col.file', lang), (e) => e.evidence.name),
      col(h('hash'), (e) => e.evidence.hash),
    ],
    unprinted: [col(h('id'), (e) => e.item.id), col(h('type'), (e) => e.evidence.type), col(h('size'), (e) => e.evidence.size), col(h('addedAt'), (e) => e.evidence.addedAt)],
    rows: evidenceEntries(tasks, year),
    frozenColumns: 2,
  };
}
