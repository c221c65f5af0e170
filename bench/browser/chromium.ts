// The built renderer in Chromium for the browser workloads: one build per bench run, served on 127.0.0.1,
// a profile directory per workload so stored data survives a restart (the cold start).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/support/chromium-args';
// @ts-expect-error: a plain ES module without type declarations.
import { serveStatic } from '../../scripts/static-server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Override to keep two bench runs in one checkout apart.
export const WORK = process.env.PLANEVAL_BENCH_WORK ? resolve(process.env.PLANEVAL_BENCH_WORK) : join(ROOT, 'bench', '.work');
/** The bench's own build: out/web belongs to the end-to-end tests, which may be running at the same time. */
const WEB = join(WORK, 'web');

let built = false;

/** Builds the web renderer once per bench run (`npm run build:web`'s config, into bench/.work/web). */
export function ensureWebBuild(): void {
  if (built) return;
  const run = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.web.config.ts', '--outDir', WEB, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`web build failed: ${run.stderr || run.stdout}`);
  built = true;
}

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

/** The port of the first server, reused by the next ones: IndexedDB belongs to the origin, port included. */
let port = 0;

/** Serves the bench build, on the same port every time in one bench run (so stored profiles keep their data). */
export async function serveApp(): Promise<AppServer> {
  ensureWebBuild();
  const { server, url } = (await serveStatic(WEB, port)) as { server: Server; url: string };
  port = Number(new URL(url).port);
  return { url, close: () => new Promise((done) => server.close(() => done())) };
}

/** A fresh, empty profile directory under bench/.work/profiles/. */
export function freshProfile(name: string): string {
  const dir = join(WORK, 'profiles', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Starts Chromium on `profile` (kept on disk between launches). */
export async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1360, height: 860 },
  });
}

/** Opens the app with the bench hooks and waits until they are there. */
export async function openWithHooks(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}?bench=1#/`);
  await page.waitForFunction(() => window.__planevalBench !== undefined);
  return page;
}

/** The address of a project's dashboard. */
export function dashboardUrl(url: string, projectId: string, bench = false): string {
  return `${url}${bench ? '?bench=1' : ''}#/project/${encodeURIComponent(projectId)}/evaluation`;
}

/**
 * Resolves in the page, at the first animation frame where the dashboard is interactive: its scorecard has rows
 * and the as-of select is enabled. Returns performance.now() then (milliseconds since navigation started).
 */
export async function dashboardReadyAt(page: Page, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="as-of"]');
      const row = document.querySelector('[data-testid="scorecard"] .scorecard-body');
      return select !== null && !select.disabled && row !== null ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout },
  );
  return (await handle.jsonValue()) as number;
}
