// The project workspace's tabs, in display order. A new screen adds one entry here.
import type { ComponentType } from 'react';
import { prefetchProjectValues } from '../services';
import { lazyScreen } from './lazy-screen';

// Each screen is its own bundle chunk, loaded when its tab first opens: a cold start into the dashboard does not
// parse the import wizard, the report writer or the spreadsheet libraries.
const data = lazyScreen(() => import('../screens/data').then((m) => m.DataScreen));
const importing = lazyScreen(() => import('../screens/import').then((m) => m.ImportScreen));
const framework = lazyScreen(() => import('../screens/framework').then((m) => m.FrameworkScreen));
const dashboard = lazyScreen(() => import('../screens/dashboard').then((m) => m.DashboardScreen));
const tasks = lazyScreen(() => import('../screens/tasks').then((m) => m.TasksScreen));
const report = lazyScreen(() => import('../screens/report').then((m) => m.ReportScreen));
const templates = lazyScreen(() => import('../screens/templates').then((m) => m.TemplatesScreen));

export interface ProjectTab {
  id: string;
  /** Message key of the tab's label. */
  label: string;
  /** Rendered inside the workspace; reads the project with useProject(). */
  Screen: ComponentType;
  /** Starts loading the screen's code. */
  preload(): Promise<unknown>;
  /** The screen shows the project's evaluation (useEvaluation), so it needs every stored value at once. */
  evaluates?: true;
}

export const PROJECT_TABS: readonly ProjectTab[] = [
  { id: 'framework', label: 'ui.tab.framework', ...framework },
  { id: 'templates', label: 'templates.tab', ...templates },
  { id: 'import', label: 'import.tab', ...importing },
  { id: 'data', label: 'ui.tab.data', ...data },
  { id: 'evaluation', label: 'dashboard.tab', ...dashboard, evaluates: true },
  { id: 'tasks', label: 'tasks.tab', ...tasks },
  { id: 'report', label: 'reportUi.tab', ...report, evaluates: true },
];

/** The tab opened when a project is opened. */
export const DEFAULT_TAB = PROJECT_TABS[0]!.id;

/**
 * Starts loading what tab `id` of project `projectId` needs (the default tab's for a missing or unknown id): its code and,
 * for a tab that evaluates, the project's values, so the two load side by side.
 */
export function preloadTab(id: string | undefined, projectId: string): void {
  const tab = PROJECT_TABS.find((t) => t.id === id) ?? PROJECT_TABS[0]!;
  void tab.preload();
  if (tab.evaluates) prefetchProjectValues(projectId);
}
