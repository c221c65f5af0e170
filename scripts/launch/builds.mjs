// What `npm start` (and the Electron smoke test) build, from which sources, and whether that build is stale.
import path from 'node:path';
import { modifiedTime, needsRebuild, newestModifiedTime } from './freshness.mjs';

/** The two builds: outputs relative to the repository, the npm script that makes them, and what they are made from. */
export const BUILDS = {
  electron: {
    script: 'build',
    outputs: ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'],
    sources: ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'],
  },
  web: { script: 'build:web', outputs: ['out/web/index.html'], sources: ['shared', 'renderer', 'package.json'] },
};

/** True when an output of `build` under `root` is missing or older than its newest source. */
export function isBuildStale(root, build) {
  const at = (file) => path.join(root, file);
  return needsRebuild(build.outputs.map((file) => modifiedTime(at(file))), newestModifiedTime(build.sources.map(at)));
}
