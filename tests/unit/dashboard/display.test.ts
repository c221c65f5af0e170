// Small display rules of the dashboard: readable badge text, the as-of years offered, and a chart's text alternative.
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../../shared/model';
import type { ChartSpec } from '../../../shared/report/charts';
import { asOfYears } from '../../../renderer/src/services/as-of-years';
import { readableTextColor, statusStyle } from '../../../renderer/src/screens/dashboard/status-colors';
import { chartRows, chartSummary } from '../../../renderer/src/charts/chart-text';
import { t } from '../../../shared/i18n';
import { shownTextBeside } from '../../../renderer/src/screens/dashboard/result-text';
import { indicator, plan } from '../attain/build';

describe('badge text colour', () => {
  it('is white on dark colours and black on light ones', () => {
    expect(readableTextColor('#000000')).toBe('#ffffff');
    expect(readableTextColor('#ffffff')).toBe('#000000');
    expect(readableTextColor('#1b7a3d')).toBe('#ffffff');
    expect(readableTextColor('#cfcfcf')).toBe('#000000');
  });

  it('gives every status a badge with at least 4.5 : 1 contrast', () => {
    const luminance = (hex: string) => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (const status of STATUS_CODES) {
      const { background, color } = statusStyle(status);
      const [hi, lo] = [luminance(background), luminance(color)].sort((a, b) => b - a);
      expect((hi! + 0.05) / (lo! + 0.05), status).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('as-of years', () => {
  it('run from the base year to the end of the plan period, plus later years with data', () => {
    const p = plan([indicator()]);
    expect(asOfYears(p, [])).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(asOfYears(p, [2019, 2026, 2022.5])).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('a chart’s text alternative', () => {
  const spec: ChartSpec = {
    type: 'bar',
    labels: ['研发投入\n强度', '专利'],
    datasets: [
      { label: '完成度', values: [113.333, null], color: '#000000', decimals: 1 },
      { label: '时序进度', values: [60, 60], color: '#000000' },
    ],
    xTitle: '',
    yTitle: '完成度（%）',
    width: 640,
    height: 300,
  };

  it('lists every label with each dataset’s value, blank where there is none', () => {
    expect(chartRows(spec)).toEqual([
      { label: '研发投入强度', values: ['113.3', '60.0'] },
      { label: '专利', values: ['', '60.0'] },
    ]);
  });

  it('writes its numbers by the one rule of the screens: commas from five integer digits up', () => {
    const large: ChartSpec = { ...spec, datasets: [{ label: '产值', values: [28839.004, 2550.82], color: '#000000', decimals: 2 }] };
    expect(chartRows(large).map((row) => row.values)).toEqual([['28,839.00'], ['2550.82']]);
  });

  it('summarises the caption, axis and values in one line', () => {
    expect(chartSummary(spec, '图1', (key) => t(key, 'zh'))).toBe('图1；完成度（%）；研发投入强度：完成度 113.3，时序进度 60.0；专利：时序进度 60.0');
    expect(chartSummary(spec, 'Figure 1', (key) => t(key, 'en'))).toBe('Figure 1; 完成度（%）; 研发投入强度: 完成度 113.3, 时序进度 60.0; 专利: 时序进度 60.0');
  });
});

describe('a value the file showed rounded', () => {
  const source = { fileName: 'f.xls', fileHash: 'h', sheet: 'S', cell: 'C8', rawText: '1.91', importedAt: '2024-01-01T00:00:00.000Z', shownValue: 1.91 };
  const at = (precision: number) => indicator({ id: 'rd', unit: '%', precision });

  it('shows the file text beside the stored number only where the two read differently at the precision', () => {
    expect(shownTextBeside({ value: 1.905817520314897, source }, at(3))).toBe('1.91');
    expect(shownTextBeside({ value: 1.905817520314897, source }, at(2))).toBeNull();
    expect(shownTextBeside({ value: 1.905817520314897, source }, at(1))).toBeNull();
    const { shownValue: _none, ...plain } = source;
    expect(shownTextBeside({ value: 1.905817520314897, source: plain }, at(3))).toBeNull();
  });
});
