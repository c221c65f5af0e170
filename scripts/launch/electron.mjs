// Finding and starting the Electron binary, and saying in a few words why not when it cannot be had.
import { spawn, spawnSync } from 'node:child_process';

const PATH_MARKER = 'PLANEVAL_ELECTRON_PATH=';
// An Electron that has not exited after this long has started; an earlier failure means it could not start.
const STARTUP_GRACE_MS = 5000;

/** The first line of `stderr` that states an error ("TypeError: fetch failed"), else `fallback`. */
export function firstErrorLine(stderr, fallback) {
  const line = stderr
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => /^([A-Z]\w*)?Error\b/.test(text) || /^\[[^\]]*:FATAL:/.test(text) || /error while loading shared libraries/.test(text));
  return line ?? fallback;
}

/**
 * The Electron executable, found the way `require('electron')` finds it (downloading the binary on first use),
 * in a child process so a failed download cannot take this process down. Resolves to { path } or { reason }.
 */
export function resolveElectron(repoRoot) {
  const script = `process.stdout.write('\\n${PATH_MARKER}' + require('electron') + '\\n')`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 10 * 60_000 });
  const line = (result.stdout ?? '').split(/\r?\n/).find((text) => text.startsWith(PATH_MARKER));
  if (result.status === 0 && line) return { path: line.slice(PATH_MARKER.length) };
  const cause = firstErrorLine(result.stderr ?? '', result.error?.message ?? `exit code ${result.status}`);
  return { reason: `Electron binary not installed and could not be obtained: ${cause}` };
}

/**
 * Runs the app in Electron. Resolves to { started: false, reason } when Electron fails within its first seconds
 * (its error output is held back then, so the user sees one clear line), or { started: true, exitCode } when it ends.
 */
export function runElectron(electronPath, repoRoot) {
  return new Promise((resolve) => {
    const child = spawn(electronPath, [repoRoot], { cwd: repoRoot, stdio: ['inherit', 'inherit', 'pipe'] });
    let held = '';
    let started = false;
    const onStderr = (chunk) => {
      if (started) process.stderr.write(chunk);
      else held += chunk;
    };
    child.stderr.on('data', onStderr);
    const timer = setTimeout(() => {
      started = true;
      process.stderr.write(held);
    }, STARTUP_GRACE_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ started: false, reason: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (started || code === 0) resolve({ started: true, exitCode: code ?? 0 });
      else resolve({ started: false, reason: firstErrorLine(held, signal ? `killed by ${signal}` : `exit code ${code}`) });
    });
  });
}
