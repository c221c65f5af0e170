// Builds the renderer for the browser (npm start's browser mode and the end-to-end tests) into out/web.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { roomIndexSideEffects } from './room-indexes.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@platform/bridge': here('./platform/bridge.web.ts') } },
  build: {
    outDir: here('../out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { treeshake: { moduleSideEffects: roomIndexSideEffects } },
  },
});
