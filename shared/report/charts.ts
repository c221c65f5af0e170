// Report charts as plain data (ChartSpec), and their Chart.js configuration for print: white, labelled, still.
import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatRaw, formatValue } from '../attain';
import type { StatusCode } from '../model';

export interface ChartDataset {
  label: string;
  /** Aligned with the chart's labels; null leaves a gap (or, for a `line` series, is bridged). */
  values: (number | null)[];
  /** One colour for the series, or one per value (bars coloured by status). */
  color: string | string[];
  /** On a bar chart: draw this series as a line (time progress, target paths). */
  line?: boolean;
  /** Dashed line: a path or a projection, not observed data. */
  dashed?: boolean;
  /** Print each value on its bar or point. */
  showValues?: boolean;
  /** Decimals for printed values. */
  decimals?: number;
}

export interface ChartSpec {
  type: 'bar' | 'line';
  /** Bars run left to right (long category names, rankings). */
  horizontal?: boolean;
  /** The datasets' bars stack into one bar per label (counts that add up to a whole). */
  stacked?: boolean;
  /** Category labels; "\n" breaks a long name over lines. */
  labels: string[];
  datasets: ChartDataset[];
  /** Axis titles carry the unit, e.g. "完成度(%)". */
  xTitle: string;
  yTitle: string;
  /** Size in CSS pixels; rendered at devicePixelRatio for print. */
  width: number;
  height: number;
  /**
   * The key under the chart, in place of one entry per dataset: what each colour of bars coloured by status (or by
   * coverage) means, and the other series. Without it, charts of more than one dataset name their datasets.
   */
  legend?: LegendEntry[];
}

export interface LegendEntry {
  label: string;
  color: string;
}

/** Print colours per status: greens for done or ahead, amber to red for behind, greys when there is no judgement. */
export const STATUS_COLORS: Record<StatusCode, string> = {
  achieved: '#1b7a3d',
  ahead: '#3fa34d',
  'on-track': '#2f6db5',
  lagging: '#e39b1b',
  'seriously-lagging': '#d4542b',
  stagnant: '#b3261e',
  regressing: '#7d1a16',
  'not-assessable': '#9e9e9e',
  monitoring: '#607d8b',
  'no-data': '#cfcfcf',
};


export const SERIES_COLORS = {
  actual: '#2f6db5',
  path: '#7f7f7f',
  projection: '#e39b1b',
  target: '#b3261e',
};

/** Benchmarks' lines (全国, 广东 …), in order: muted, so the plan's own series stays the one the eye follows. */
export const BENCHMARK_COLORS = ['#5b8c5a', '#8e6c8a', '#4f8a9a', '#a0785a', '#6b6b9a'];

/** CJK-capable families in order: the bundled Noto in Node, the system's on Windows and macOS. */
export const CHART_FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif';

const whiteBackground: Plugin = {
  id: 'planevalWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

function printedValues(spec: ChartSpec): Plugin {
  return {
    id: 'planevalValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `11px ${CHART_FONT_FAMILY}`;
      ctx.fillStyle = '#222222';
      spec.datasets.forEach((dataset, index) => {
        if (!dataset.showValues || !chart.isDatasetVisible(index)) return;
        chart.getDatasetMeta(index).data.forEach((element, i) => {
          const value = dataset.values[i];
          if (value === null || value === undefined) return;
          const text = formatValue(value, dataset.decimals ?? 1);
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          if (spec.horizontal) {
            ctx.textAlign = value < 0 ? 'right' : 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, x + (value < 0 ? -4 : 4), y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = value < 0 ? 'top' : 'bottom';
            ctx.fillText(text, x, y + (value < 0 ? 3 : -3));
          }
        });
      });
      ctx.restore();
    },
  };
}

function legendItems(entries: LegendEntry[]) {
  return entries.map((entry) => ({ text: entry.label, fillStyle: entry.color, strokeStyle: entry.color, lineWidth: 0, hidden: false, fontColor: '#222222' }));
}

/** The Chart.js configuration that draws `spec` for print: no animation, no responsiveness, white background. */
export function toChartJsConfig(spec: ChartSpec, options: { devicePixelRatio: number }): ChartConfiguration {
  const font = (size: number, weight: 'normal' | 'bold' = 'normal') => ({ family: CHART_FONT_FAMILY, size, weight });
  const axis = (title: string, valueAxis: boolean) => ({
    title: { display: title !== '', text: title, font: font(12), color: '#222222' },
    // The value axis writes its numbers by the one rule of the screens and the text, not Chart.js's own locale format.
    ticks: { font: font(11), color: '#222222', autoSkip: false, ...(valueAxis ? { callback: (value: number | string) => (typeof value === 'number' ? formatRaw(value) : value) } : {}) },
    grid: { color: valueAxis ? '#e0e0e0' : 'transparent' },
    // grace leaves room beyond the longest bar for its printed value.
    ...(valueAxis ? { beginAtZero: spec.type === 'bar', grace: '12%' } : {}),
    ...(spec.stacked ? { stacked: true } : {}),
  });
  const datasets = spec.datasets.map((d) => {
    const asLine = spec.type === 'line' || d.line === true;
    return {
      type: asLine ? ('line' as const) : ('bar' as const),
      label: d.label,
      data: d.values,
      backgroundColor: d.color,
      borderColor: d.color,
      borderWidth: asLine ? 2 : 0,
      borderDash: d.dashed ? [6, 4] : [],
      pointRadius: asLine ? 3 : 0,
      pointBackgroundColor: d.color,
      spanGaps: true,
      fill: false,
      order: asLine ? 0 : 1,
    };
  });
  return {
    type: spec.type,
    data: { labels: spec.labels.map((l) => (l.includes('\n') ? l.split('\n') : l)), datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      devicePixelRatio: options.devicePixelRatio,
      layout: { padding: { top: 18, right: 28, bottom: 4, left: 4 } },
      plugins: {
        legend: {
          display: spec.legend ? spec.legend.length > 0 : spec.datasets.length > 1,
          position: 'bottom',
          labels: { font: font(11), color: '#222222', boxWidth: 14, usePointStyle: spec.type === 'line', ...(spec.legend ? { generateLabels: () => legendItems(spec.legend!) } : {}) },
          // A key entry stands for a colour, not a dataset: clicking it has nothing to hide.
          ...(spec.legend ? { onClick: () => undefined } : {}),
        },
        title: { display: false },
        tooltip: { enabled: false },
      },
      scales: spec.horizontal
        ? { x: axis(spec.xTitle, true), y: axis(spec.yTitle, false) }
        : { x: axis(spec.xTitle, false), y: axis(spec.yTitle, true) },
    },
    plugins: [whiteBackground, printedValues(spec)],
  } as ChartConfiguration;
}
