// A bar chart of hundreds of indicators, shown a page at a time: a page of bars stays readable and cheap to draw,
// and the pager says which part of the whole is on screen, so no indicator is silently left out.

/** The indicators per page of the completion chart: one screen of bars. */
export const CHART_PAGE_SIZE = 20;

export interface ChartPage<T> {
  items: T[];
  /** 0-based page shown (the asked-for page, kept within range). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there is none. */
  first: number;
  last: number;
  total: number;
}

/** Page `page` (0-based, clamped to the pages there are) of `items`, `size` at a time. */
export function chartPage<T>(items: readonly T[], page: number, size = CHART_PAGE_SIZE): ChartPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = shown * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: shown, pages, first: slice.length ? start + 1 : 0, last: start + slice.length, total: items.length };
}

/** A page of the rows that have a completion (a bar each), and how many rows have none and so no bar. */
export function completionPage<T extends { result: { completion: number | null } }>(rows: readonly T[], page: number, size = CHART_PAGE_SIZE): ChartPage<T> & { notCharted: number } {
  const charted = rows.filter((r) => r.result.completion !== null);
  return { ...chartPage(charted, page, size), notCharted: rows.length - charted.length };
}
