// Chart configuration for print with the key of the status colours, and the Node renderer at twice the chart's size.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../cli/render-chart';
import { SERIES_COLORS, STATUS_COLORS, toChartJsConfig, type ChartSpec } from '../../../shared/report/charts';
import { categoryScoreChart } from '../../../shared/report/figures';
import { allCharts } from '../../../shared/report/model';
import { sampleReport } from './sample-report';

const spec: ChartSpec = {
  type: 'bar',
  horizontal: true,
  labels: ['技术合同成交额', '高新技术产品产值占规模\n以上工业总产值比重'],
  datasets: [{ label: '完成度', values: [39.6, -20], color: ['#e39b1b', '#7d1a16'], showValues: true }],
  xTitle: '完成度(%)',
  yTitle: '',
  width: 320,
  height: 160,
};

describe('toChartJsConfig', () => {
  const config = toChartJsConfig(spec, { devicePixelRatio: 2 });
  it('is still, fixed-size and at the requested pixel ratio', () => {
    expect(config.options).toMatchObject({ animation: false, responsive: false, devicePixelRatio: 2, indexAxis: 'y' });
  });
  it('paints a white background and prints values', () => {
    expect(config.plugins?.map((p) => p.id)).toEqual(['planevalWhiteBackground', 'planevalValueLabels']);
  });
  it('writes the value axis by the one number rule (commas from five digits up), not by the locale of Chart.js', () => {
    const scales = config.options!.scales as Record<string, { ticks: { callback?: (value: number | string) => string } }>;
    expect([12000, 2500, 0.30000000000000004].map((v) => scales.x.ticks.callback!(v))).toEqual(['12,000', '2500', '0.3']);
    expect(scales.y.ticks.callback).toBeUndefined();
  });
  it('titles the value axis with its unit and splits long labels into lines', () => {
    const scales = config.options!.scales as Record<string, { title: { text: string } }>;
    expect(scales.x.title.text).toBe('完成度(%)');
    expect(config.data.labels).toEqual(['技术合同成交额', ['高新技术产品产值占规模', '以上工业总产值比重']]);
  });
});

describe('renderChartPng', () => {
  it('draws a PNG at twice the CSS size, on an opaque white background', async () => {
    const png = await renderChartPng(spec);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([640, 320]);
    const image = await loadImage(Buffer.from(png));
    const ctx = createCanvas(640, 320).getContext('2d');
    ctx.drawImage(image, 0, 0);
    expect([...ctx.getImageData(1, 1, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
});

describe('the key of the status colours', () => {
  const { doc } = sampleReport();
  const completion = allCharts(doc).find((c) => c.id === 'chart.completion')!.spec;

  it('names every status the bars of a completion chart show, in its colour, then the time-progress bars', () => {
    // The sample's completions: 3 achieved (all early), 2 ahead, 3 on track, 2 lagging, 1 seriously lagging, 1 regressing.
    expect(completion.legend).toEqual([
      { label: '提前实现', color: STATUS_COLORS.achieved },
      { label: '快于预期', color: STATUS_COLORS.ahead },
      { label: '基本符合预期', color: STATUS_COLORS['on-track'] },
      { label: '滞后', color: STATUS_COLORS.lagging },
      { label: '明显滞后', color: STATUS_COLORS['seriously-lagging'] },
      { label: '倒退', color: STATUS_COLORS.regressing },
      { label: '时序进度', color: '#b0b0b0' },
    ]);
    const colours = new Set(completion.datasets[0].color);
    expect(completion.legend!.slice(0, -1).map((e) => e.color).sort()).toEqual([...colours].sort());
  });

  it('gives every bar chart of the report a key', () => {
    for (const chart of allCharts(doc).filter((c) => c.spec.type === 'bar' && c.spec.datasets.some((d) => Array.isArray(d.color)))) {
      expect(chart.spec.legend?.length, chart.title).toBeGreaterThan(0);
    }
  });

  it('explains the grey of a score whose coverage is too low', () => {
    // Without the sample's 2020 values, most indicators have no baseline and some categories too little coverage.
    const { evaluation: partial } = sampleReport({}, (o) => o.filter((x) => x.year !== 2020));
    expect(categoryScoreChart(partial.categories, 'zh')!.legend).toEqual([
      { label: '得分', color: SERIES_COLORS.actual },
      { label: '数据不足（原始得分）', color: '#bdbdbd' },
    ]);
  });

  it('draws the key in place of one entry per dataset, on print and on screen alike', () => {
    const legend = (toChartJsConfig(completion, { devicePixelRatio: 1 }).options!.plugins as { legend: { display: boolean; labels: { generateLabels(): { text: string; fillStyle: string }[] } } }).legend;
    expect(legend.display).toBe(true);
    expect(legend.labels.generateLabels().map((item) => [item.text, item.fillStyle])).toEqual(completion.legend!.map((e) => [e.label, e.color]));
  });
});
