// The renderer's entry point.
// First, before the modules below are evaluated: see start-preload.ts.
import './app/start-preload';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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
