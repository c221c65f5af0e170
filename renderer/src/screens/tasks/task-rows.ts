// What the 重点任务 screen shows, computed from the ledger and the progress records: the filtered items, and the counts
// by rating per chapter of the plan for the chart.
import type { Language } from '../../../../shared/i18n';
import { t } from '../../../../shared/i18n';
import {
  formatSectionRef,
  parseSectionRef,
  RATING_COLORS,
  RATINGS,
  ratingCounts,
  type ItemProgress,
  type Ledger,
  type LedgerItem,
  type Rating,
} from '../../../../shared/ledger';
import type { ChartSpec } from '../../../../shared/report';

/** A rating, or 'unreported' for an item with no rated record in the year. */
export type RatingKey = Rating | 'unreported';
export const RATING_KEYS: readonly RatingKey[] = [...RATINGS, 'unreported'];

export interface TaskFilter {
  /** A chapter ("五") or null for all. */
  chapter: string | null;
  /** A lead unit, '' for items without one, or null for all. */
  lead: string | null;
  rating: RatingKey | null;
  search: string;
}

export const NO_FILTER: TaskFilter = { chapter: null, lead: null, rating: null, search: '' };

/** The chapter an item's section belongs to: "五（一）2" → "五". */
export function chapterOf(section: string): string {
  const ref = parseSectionRef(section);
  return ref ? formatSectionRef({ chapter: ref.chapter, part: null, item: null }) : section;
}

/** The ledger's chapters in plan order, with their headings. */
export function chapters(ledger: Ledger): { ref: string; title: string }[] {
  return ledger.sections.filter((s) => parseSectionRef(s.ref)?.part === null);
}

/** The record of each item in `year`, by item id. */
export function progressOfYear(progress: readonly ItemProgress[], year: number): Map<string, ItemProgress> {
  return new Map(progress.filter((p) => p.year === year).map((p) => [p.itemId, p]));
}

/** An item's rating in the year, 'unreported' when it has none. */
export function ratingOf(records: Map<string, ItemProgress>, itemId: string): RatingKey {
  return records.get(itemId)?.rating ?? 'unreported';
}

/** The items that pass the filter, in ledger order. */
export function filterItems(ledger: Ledger, records: Map<string, ItemProgress>, filter: TaskFilter): LedgerItem[] {
  const search = filter.search.trim().toLowerCase();
  return ledger.items.filter(
    (item) =>
      (filter.chapter === null || chapterOf(item.section) === filter.chapter) &&
      (filter.lead === null || item.lead === filter.lead) &&
      (filter.rating === null || ratingOf(records, item.id) === filter.rating) &&
      (search === '' || item.title.toLowerCase().includes(search) || item.id.toLowerCase().includes(search)),
  );
}

/** The lead units named in the ledger, sorted, and whether some items name none. */
export function leadUnits(ledger: Ledger): { units: string[]; someUnnamed: boolean } {
  const units = [...new Set(ledger.items.map((i) => i.lead).filter((l) => l !== ''))].sort((a, b) => a.localeCompare(b, 'zh'));
  return { units, someUnnamed: ledger.items.some((i) => i.lead === '') };
}

/** A chapter's short label for the chart: its numeral and the first phrase of its heading. */
function chapterLabel(chapter: { ref: string; title: string }): string {
  return `${chapter.ref}、${chapter.title.split('，')[0]}`;
}

/**
 * Bars of the items of each chapter by rating in `year`: one series per rating some item has (a rating no item has
 * would only leave gaps in every group), while the key under the chart gives every rating's colour.
 */
export function ratingChart(ledger: Ledger, progress: readonly ItemProgress[], year: number, lang: Language): ChartSpec {
  const groups = chapters(ledger).map((chapter) => ({
    chapter,
    counts: ratingCounts(
      ledger.items.filter((i) => chapterOf(i.section) === chapter.ref),
      progress,
      year,
    ),
  }));
  const label = (r: RatingKey) => t(`ledger.rating.${r}`, lang);
  return {
    type: 'bar',
    labels: groups.map((g) => chapterLabel(g.chapter)),
    datasets: RATING_KEYS.filter((r) => groups.some((g) => g.counts[r] > 0)).map((r) => ({
      label: label(r),
      values: groups.map((g) => g.counts[r] || null),
      color: RATING_COLORS[r],
      showValues: true,
      decimals: 0,
    })),
    xTitle: t('tasks.chart.x', lang),
    yTitle: t('tasks.chart.y', lang),
    width: 640,
    height: 300,
    legend: RATING_KEYS.map((r) => ({ label: label(r), color: RATING_COLORS[r] })),
  };
}
