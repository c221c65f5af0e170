// The project workspace's tabs, in display order. A new screen adds one entry here.
import type { ComponentType } from 'react';
import { DataScreen } from '../screens/DataScreen';
import { FrameworkScreen } from '../screens/FrameworkScreen';

export interface ProjectTab {
  id: string;
  /** Message key of the tab's label. */
  label: string;
  /** Rendered inside the workspace; reads the project with useProject(). */
  Screen: ComponentType;
}

export const PROJECT_TABS: readonly ProjectTab[] = [
  { id: 'framework', label: 'ui.tab.framework', Screen: FrameworkScreen },
  { id: 'data', label: 'ui.tab.data', Screen: DataScreen },
];

/** The tab opened when a project is opened. */
export const DEFAULT_TAB = PROJECT_TABS[0]!.id;
