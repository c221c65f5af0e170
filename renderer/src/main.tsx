// The renderer's entry point.
// The shell first, before React's DOM renderer is evaluated: it starts loading a project's tab (shell/start-preload.ts).
import { App } from './shell';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/tables.css';

// The benchmark hooks pull in the import and storage code: only an address asking for them loads them.
if (new URLSearchParams(location.search).get('bench') === '1') void import('./bench-hooks').then((m) => m.installBenchHooks());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
