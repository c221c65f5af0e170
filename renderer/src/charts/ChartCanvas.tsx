// One chart on screen: a ChartSpec drawn with Chart.js inside an accessible figure (caption + data table).
import { useEffect, useRef } from 'react';
import { toChartJsConfig, type ChartSpec } from '../../../shared/report/charts';
import { Chart } from './chart-js';
import { chartRows, chartSummary } from './chart-text';

export interface ChartCanvasProps {
  spec: ChartSpec;
  caption: string;
  /** Tests and page models find the figure by it. */
  testId?: string;
}

/** Draws `spec`; redrawn when the spec changes, destroyed on unmount. */
export function ChartCanvas({ spec, caption, testId }: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current!;
    canvas.style.width = `${spec.width}px`;
    canvas.style.height = `${spec.height}px`;
    const chart = new Chart(canvas, toChartJsConfig(spec, { devicePixelRatio: window.devicePixelRatio || 1 }));
    return () => chart.destroy();
  }, [spec]);

  const rows = chartRows(spec);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-caption">{caption}</figcaption>
      <div className="chart-scroll">
        <canvas ref={canvasRef} width={spec.width} height={spec.height} role="img" aria-label={chartSummary(spec, caption)} />
      </div>
      <table className="visually-hidden" data-testid={testId ? `${testId}-data` : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.horizontal ? spec.yTitle : spec.xTitle}</th>
            {spec.datasets.map((d) => (
              <th key={d.label} scope="col">
                {d.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.label}</th>
              {row.values.map((v, j) => (
                <td key={j}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
