// Types for electron.mjs.

/** The first line of `stderr` that states an error ("TypeError: fetch failed"), else `fallback`. */
export declare function firstErrorLine(stderr: string, fallback: string): string;
/** The Electron executable as require('electron') finds it, or why it cannot be had. */
export declare function resolveElectron(repoRoot: string): { path: string; reason?: undefined } | { path?: undefined; reason: string };
/** Runs the app in Electron; { started: false } when it fails in its first seconds. */
export declare function runElectron(
  electronPath: string,
  repoRoot: string,
): Promise<{ started: true; exitCode: number } | { started: false; reason: string }>;
