// `npm start`: builds what is out of date and runs PlanEval in Electron; where Electron cannot run, says so in
// one line and runs the same app in browser mode (a static server on 127.0.0.1 and an app-mode browser window).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/security/index.mjs';
import { appModeArgs, canOpenWindow, findBrowser, isExecutable } from './launch/browser.mjs';
import { BUILDS, isBuildStale } from './launch/builds.mjs';
import { resolveElectron, runElectron } from './launch/electron.mjs';
import { browserProfileDir } from './launch/user-data.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Fixed, because the browser keys IndexedDB by origin (host and port): another port means an empty workbench.
const PORT = 5273;
const PORTS_TO_TRY = 20;
// A browser that exits this quickly handed the window to an instance already running on the same profile.
const HANDOFF_MS = 3000;

const fromRoot = (file) => path.join(ROOT, file);
const say = (line) => process.stdout.write(`${line}\n`);

function buildIfNeeded(build) {
  if (!isBuildStale(ROOT, build)) return;
  const { script } = build;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    say(`构建失败(npm run ${script}),见上方输出 / Build failed (npm run ${script}); see the output above`);
    process.exit(result.status ?? 1);
  }
}

/** True when `url` is already served by PlanEval (another `npm start`): same CSP, so reuse it and keep the same origin. */
async function servedByPlanEval(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok && response.headers.get('content-security-policy') === CONTENT_SECURITY_POLICY;
  } catch {
    return false;
  }
}

async function serveOnStablePort() {
  for (let port = PORT; port < PORT + PORTS_TO_TRY; port += 1) {
    try {
      const { server, url } = await serveStatic(fromRoot('out/web'), port);
      if (port !== PORT) {
        say(`端口 ${PORT} 已被占用,改用 ${port};此地址下的数据与平常的分开保存 / Port ${PORT} is busy, using ${port}; data saved there is kept apart from the usual address`);
      }
      return { server, url };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      const url = `http://127.0.0.1:${port}/`;
      if (port === PORT && (await servedByPlanEval(url))) return { server: null, url };
    }
  }
  throw new Error(`no free port in ${PORT}–${PORT + PORTS_TO_TRY - 1}`);
}

async function runInBrowser() {
  buildIfNeeded(BUILDS.web);
  const { server, url } = await serveOnStablePort();
  if (server === null) say(`PlanEval 已在 ${url} 运行(由另一个 npm start 提供)/ PlanEval is already running at ${url} (served by another npm start)`);
  else say(`PlanEval 已在 ${url} 运行(按 Ctrl-C 结束)/ PlanEval is running at ${url} (Ctrl-C to stop)`);
  let browserProcess = null;
  const stop = () => {
    browserProcess?.kill();
    server?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const where = { platform: process.platform, env: process.env, home: homedir() };
  const browser = canOpenWindow(where) ? findBrowser(where, isExecutable) : null;
  if (browser === null) {
    say(`未找到可用的 Chromium、Chrome 或 Edge 窗口,请在浏览器中打开 ${url} / No Chromium, Chrome or Edge window available; open ${url} in a browser`);
    return;
  }
  const profile = browserProfileDir(where);
  mkdirSync(profile, { recursive: true });
  const launchedAt = Date.now();
  browserProcess = spawn(browser, appModeArgs(url, profile, { platform: process.platform, isRoot: process.getuid?.() === 0 }), {
    stdio: 'ignore',
  });
  let failed = false;
  browserProcess.on('error', (error) => {
    failed = true;
    browserProcess = null;
    say(`无法打开浏览器窗口(${error.message}),请在浏览器中打开 ${url} / Could not open a browser window (${error.message}); open ${url} in a browser`);
  });
  browserProcess.on('exit', (code) => {
    browserProcess = null;
    if (failed) return;
    // A window that stayed open for a while was closed by the user: that ends the session.
    if (Date.now() - launchedAt >= HANDOFF_MS || server === null) {
      stop();
      return;
    }
    if (code === 0) {
      say('窗口已在已打开的浏览器中显示;按 Ctrl-C 结束 / The window opened in a browser that was already running; Ctrl-C to stop');
    } else {
      say(`浏览器窗口未能打开(退出代码 ${code}),请在浏览器中打开 ${url} / The browser window did not open (exit code ${code}); open ${url} in a browser`);
    }
  });
}

async function main() {
  const electron = resolveElectron(ROOT);
  let reason = electron.reason;
  if (electron.path !== undefined) {
    buildIfNeeded(BUILDS.electron);
    const run = await runElectron(electron.path, ROOT);
    if (run.started) process.exit(run.exitCode);
    reason = run.reason;
  }
  say(`Electron 无法启动(${reason}),改用浏览器模式 / Electron could not start (${reason}); using browser mode`);
  await runInBrowser();
}

await main();
