// electron-vite build of the desktop app: main (ESM) → out/main, preload (one CommonJS file, as sandboxed
// preloads cannot load ES modules) → out/preload, renderer → out/renderer with the Electron bridge.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { roomIndexSideEffects } from './renderer/room-indexes.ts';

const root = import.meta.dirname;
const fromRoot = (path: string): string => resolve(root, path);
const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      lib: { entry: { index: fromRoot('electron/main.ts') }, formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      // Bundle everything the preload imports into the one file: a sandboxed preload can only require('electron').
      externalizeDeps: false,
      lib: { entry: { index: fromRoot('electron/preload.ts') }, formats: ['cjs'] },
    },
  },
  renderer: {
    root: fromRoot('renderer'),
    plugins: [react()],
    // The same constants as the browser build (renderer/vite.web.config.ts).
    define: { __APP_VERSION__: JSON.stringify(version) },
    // Build-time choice of platform: the renderer imports '@platform/bridge' and never asks which it got.
    resolve: { alias: { '@platform/bridge': fromRoot('renderer/platform/bridge.electron.ts') } },
    build: {
      outDir: fromRoot('out/renderer'),
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: fromRoot('renderer/index.html'), treeshake: { moduleSideEffects: roomIndexSideEffects } },
    },
  },
});
