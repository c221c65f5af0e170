// One chart on screen: a ChartSpec drawn with Chart.js inside an accessible figure (caption + data table).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { type ChartSpec, toChartJsConfig } from '../../../shared/report';
import { Chart } from './chart-js';
import { useT } from '../services';
import { chartRows, chartSummary } from './chart-text';
import './charts.css';

export interface ChartCanvasProps {
  spec: ChartSpec;
  caption: string;
  /** Tests and page models find the figure by it. */
  testId?: string;
}

/** Widens the chart to its container (never narrower than the spec asks), following the window's size. */
function useFittedWidth(minimum: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(minimum);
  useEffect(() => {
    const element = ref.current!;
    const observer = new ResizeObserver(() => setWidth(Math.max(minimum, Math.floor(element.clientWidth))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [minimum]);
  return { ref, width };
}

/** Whether the element is on screen or near it; stays true once it has been, so a drawn chart is kept. */
function useSeen(ref: RefObject<HTMLElement | null>) {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: '200px' });
    observer.observe(ref.current!);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}

/**
 * Draws `spec` as wide as its container; redrawn when the spec or the width changes, destroyed on unmount.
 * A chart below the fold is first drawn when it is scrolled near: drawing is the costly part of a dashboard change.
 */
export function ChartCanvas({ spec: given, caption, testId }: ChartCanvasProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const fitted = useFittedWidth(given.width);
  const seen = useSeen(fitted.ref);
  const spec = useMemo(() => ({ ...given, width: fitted.width }), [given, fitted.width]);

  // The canvas has its size before it is drawn, so the page does not move when it is: its size on screen, and,
  // until drawn, its own width and height, which give its shape where a style scales it (the report's sheet).
  useLayoutEffect(() => {
    const canvas = canvasRef.current!;
    canvas.style.width = `${spec.width}px`;
    canvas.style.height = `${spec.height}px`;
    if (seen) return;
    canvas.width = spec.width;
    canvas.height = spec.height;
  }, [spec, seen]);

  // Drawn before the browser paints, so that a resize never shows an empty canvas.
  useLayoutEffect(() => {
    if (!seen) return;
    const canvas = canvasRef.current!;
    // destroy() puts back the size the canvas had before the previous chart; the new chart starts from its own.
    canvas.width = spec.width;
    canvas.height = spec.height;
    const chart = new Chart(canvas, toChartJsConfig(spec, { devicePixelRatio: window.devicePixelRatio || 1 }));
    return () => chart.destroy();
  }, [spec, seen]);

  const rows = chartRows(spec);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-caption">{caption}</figcaption>
      <div className="chart-scroll" ref={fitted.ref}>
        <canvas ref={canvasRef} role="img" aria-label={chartSummary(spec, caption, t)} />
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
