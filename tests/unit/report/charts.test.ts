// Chart configuration for print, and the Node renderer at twice the chart's size.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderChartPng } from '../../../cli/render-chart';
import { toChartJsConfig, type ChartSpec } from '../../../shared/report/charts';

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
