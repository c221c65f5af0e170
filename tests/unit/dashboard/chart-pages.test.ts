// The completion chart's pages: every indicator is on exactly one page, and each page says where it stands.
import { describe, expect, it } from 'vitest';
import { chartPage, completionPage } from '../../../renderer/src/screens/dashboard/chart-pages';

const indicators = Array.from({ length: 1000 }, (_, i) => `指标${i + 1}`);

describe('chart pages', () => {
  it('show all 1,000 indicators, each exactly once, over 50 pages of 20', () => {
    const first = chartPage(indicators, 0, 20);
    expect(first.pages).toBe(50);
    const seen = Array.from({ length: first.pages }, (_, p) => chartPage(indicators, p, 20).items).flat();
    expect(seen).toEqual(indicators);
  });

  it('say which items a page shows, counting from 1, out of how many', () => {
    expect(chartPage(indicators, 2, 20)).toMatchObject({ page: 2, first: 41, last: 60, total: 1000 });
    expect(chartPage(indicators.slice(0, 45), 2, 20)).toMatchObject({ items: ['指标41', '指标42', '指标43', '指标44', '指标45'], first: 41, last: 45, total: 45 });
  });

  it('stay on the last page when the list shrinks under the page shown', () => {
    expect(chartPage(indicators.slice(0, 30), 7, 20)).toMatchObject({ page: 1, first: 21, last: 30 });
    expect(chartPage(indicators, -1, 20)).toMatchObject({ page: 0, first: 1, last: 20 });
  });

  it('show one page of everything when it fits, and nothing for an empty list', () => {
    expect(chartPage(indicators.slice(0, 14), 0, 20)).toMatchObject({ pages: 1, first: 1, last: 14, total: 14 });
    expect(chartPage([], 0, 20)).toMatchObject({ items: [], pages: 1, first: 0, last: 0, total: 0 });
  });
});

describe('the completion chart’s page', () => {
  // Every fourth indicator is monitored only: it has no completion, so no bar.
  const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `指标${i + 1}`, result: { completion: i % 4 === 3 ? null : i / 1000 } }));

  it('draws every indicator that has a completion on exactly one page, and counts the others', () => {
    const first = completionPage(rows, 0, 20);
    expect(first.total).toBe(750);
    expect(first.notCharted).toBe(250);
    const drawn = Array.from({ length: first.pages }, (_, p) => completionPage(rows, p, 20).items.map((r) => r.id)).flat();
    expect(drawn).toEqual(rows.filter((r) => r.result.completion !== null).map((r) => r.id));
    expect(drawn.length + first.notCharted).toBe(rows.length);
  });

  it('keeps the scorecard’s order on a page', () => {
    expect(completionPage(rows, 1, 20).items.map((r) => r.id).slice(0, 4)).toEqual(['指标27', '指标29', '指标30', '指标31']);
  });
});
