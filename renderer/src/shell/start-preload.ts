// A start straight into a project's tab starts loading the tab's code and, for a tab that evaluates, the project's
// values. main.tsx imports the shell first and App.tsx imports this module first, so it runs before React's DOM
// renderer and the app's components are evaluated: the values' read, the longest wait of such a start, begins that
// much sooner.
import { routeFromHash } from './route-hash';
import { preloadTab } from './tabs';

const first = routeFromHash(location.hash);
if (first.screen === 'project') preloadTab(first.tab, first.projectId);
