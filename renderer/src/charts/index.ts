// Charts in the renderer: a ChartSpec drawn with Chart.js on screen, or to PNG bytes for a report's export.
export { ChartCanvas } from './ChartCanvas';
export { renderChartPng } from './render-png';
