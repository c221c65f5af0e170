// The 评估 tab: the evaluation as overview, scorecard, charts, regions, methodology and one indicator's page.
export { DashboardScreen } from './DashboardScreen';
