// Report exports in the renderer: a ChartSpec drawn to PNG bytes on a canvas that is never shown.
import { bilingual } from '../../../shared/base';
import { type ChartSpec, toChartJsConfig } from '../../../shared/report';
import { Chart } from './chart-js';

/** PNG bytes of `spec` at `scale` × its CSS size, on white (the configuration paints the background). */
export async function renderChartPng(spec: ChartSpec, scale = 2): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = spec.width;
  canvas.height = spec.height;
  canvas.style.width = `${spec.width}px`;
  canvas.style.height = `${spec.height}px`;
  const chart = new Chart(canvas, toChartJsConfig(spec, { devicePixelRatio: scale }));
  try {
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(bilingual('ui.error.chartPng')))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    chart.destroy();
  }
}
