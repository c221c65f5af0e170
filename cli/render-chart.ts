// Draws report charts to PNG in Node: Chart.js on an @napi-rs/canvas, with a CJK font registered for the labels.
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, registerables, type ChartItem } from 'chart.js';
import { bilingual } from '../shared/base';
import { type ChartSpec, toChartJsConfig } from '../shared/report';

Chart.register(...registerables);

/** Print resolution: at least twice the chart's CSS size. */
export const PRINT_PIXEL_RATIO = 2;

const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

let fontRegistered = false;

/** Registers the first Noto CJK font found under the name the chart configuration asks for; throws when there is none. */
function registerCjkFont(): void {
  if (fontRegistered) return;
  const file = CJK_FONT_FILES.find((path) => existsSync(path));
  if (!file || !GlobalFonts.registerFromPath(file, 'Noto Sans CJK SC')) {
    throw new Error(bilingual('cli.error.noCjkFont', { files: CJK_FONT_FILES.join(', ') }));
  }
  fontRegistered = true;
}

/** Renders one chart to PNG bytes at PRINT_PIXEL_RATIO × its CSS size, on white. */
export async function renderChartPng(spec: ChartSpec): Promise<Uint8Array> {
  registerCjkFont();
  const canvas = createCanvas(spec.width * PRINT_PIXEL_RATIO, spec.height * PRINT_PIXEL_RATIO);
  // Chart.js sizes the canvas from its style when there is no DOM; give it the CSS size and let the ratio scale it.
  Object.assign(canvas, { style: {} });
  canvas.width = spec.width;
  canvas.height = spec.height;
  const chart = new Chart(canvas as unknown as ChartItem, toChartJsConfig(spec, { devicePixelRatio: PRINT_PIXEL_RATIO }));
  try {
    return new Uint8Array(await canvas.encode('png'));
  } finally {
    chart.destroy();
  }
}

/** Renders every chart of a report, keyed by chart block id (what writeDocx expects). */
export async function renderCharts(charts: { id: string; spec: ChartSpec }[]): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const chart of charts) images.set(chart.id, await renderChartPng(chart.spec));
  return images;
}
