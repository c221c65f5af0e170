// The project workspace's tabs, in display order. A new screen adds one entry here.
import type { ComponentType } from 'react';
import { DataScreen } from '../screens/DataScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { FrameworkScreen } from '../screens/FrameworkScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { TemplatesScreen } from '../screens/templates/TemplatesScreen';

export interface ProjectTab {
  id: string;
  /** Message key of the tab's label. */
  label: string;
  /** Rendered inside the workspace; reads the project with useProject(). */
  Screen: ComponentType;
}

export const PROJECT_TABS: readonly ProjectTab[] = [
  { id: 'framework', label: 'ui.tab.framework', Screen: FrameworkScreen },
  { id: 'templates', label: 'templates.tab', Screen: TemplatesScreen },
  { id: 'import', label: 'import.tab', Screen: ImportScreen },
  { id: 'data', label: 'ui.tab.data', Screen: DataScreen },
  { id: 'evaluation', label: 'dashboard.tab', Screen: DashboardScreen },
  { id: 'report', label: 'reportUi.tab', Screen: ReportScreen },
];

/** The tab opened when a project is opened. */
export const DEFAULT_TAB = PROJECT_TABS[0]!.id;
