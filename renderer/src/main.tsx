// The renderer's entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { routeFromHash } from './app/router';
import { preloadTab } from './app/tabs';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/tables.css';

// The benchmark hooks pull in the import and storage code: only an address asking for them loads them.
if (new URLSearchParams(location.search).get('bench') === '1') void import('./bench-hooks').then((m) => m.installBenchHooks());

// A start straight into a project's tab starts loading the tab's code (and values) before React's first render.
const first = routeFromHash(location.hash);
if (first.screen === 'project') preloadTab(first.tab, first.projectId);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
