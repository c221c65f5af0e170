// Whether a build output is older than its sources, so `npm start` rebuilds only when something changed.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** True when an output is missing (undefined) or older than the newest source. */
export function needsRebuild(outputTimes, newestSourceTime) {
  return outputTimes.some((time) => time === undefined || time < newestSourceTime);
}

/** The modification time of `file` in milliseconds, or undefined when it does not exist. */
export function modifiedTime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time among `paths` (files, or folders searched recursively); 0 when none exist. */
export function newestModifiedTime(paths) {
  let newest = 0;
  const visit = (entry) => {
    let stats;
    try {
      stats = statSync(entry);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(entry)) visit(path.join(entry, name));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}
