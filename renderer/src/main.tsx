// The renderer's entry point.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installBenchHooks } from './bench-hooks';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/tables.css';

installBenchHooks();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
