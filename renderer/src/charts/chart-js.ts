// Chart.js with every controller, element and scale registered once for the renderer.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

export { Chart };
