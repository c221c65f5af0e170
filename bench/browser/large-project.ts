// The generated 240,000-value project handed to the page, and a profile that holds it stored through the app's
// own import path (shared by the cold-start and dashboard workloads, made once per bench run).
import type { Page } from 'playwright-core';
import { FIRST_YEAR, generateProject, YEARS } from '../generate';
import { freshProfile, launch, openWithHooks } from './chromium';
import { COMMIT_DRAFTS, inPage, PREPARE_DRAFTS, RESET_AND_CREATE_PROJECT } from './page-scripts';

/** Puts the generated project's plan and drafts on window.__benchData; returns how many drafts. */
export async function prepareDrafts(page: Page): Promise<number> {
  const { plan, observations } = generateProject();
  const values = observations.map((o) => o.value);
  return page.evaluate(inPage<{ plan: typeof plan; values: number[]; firstYear: number; years: number }, number>(PREPARE_DRAFTS), {
    plan,
    values,
    firstYear: FIRST_YEAR,
    years: YEARS,
  });
}

export interface StoredProfile {
  dir: string;
  /** The generated project, its values stored. */
  largeId: string;
  /** The same plan without values. */
  emptyId: string;
  /** The built-in plan's sample project (14 indicators). */
  sampleId: string;
}

let stored: StoredProfile | null = null;

/** A Chromium profile holding the large project (values stored with commitImport), an empty one and the sample. */
export async function largeProfile(url: string): Promise<StoredProfile> {
  if (stored) return stored;
  const dir = freshProfile('large');
  const context = await launch(dir);
  try {
    const page = await openWithHooks(context, url);
    await prepareDrafts(page);
    const largeId = await page.evaluate(inPage<{ name: string }, string>(RESET_AND_CREATE_PROJECT), { name: '基准项目 240k' });
    await page.evaluate(inPage<{ projectId: string }, number>(COMMIT_DRAFTS), { projectId: largeId });
    const { emptyId, sampleId } = await page.evaluate(
      inPage<null, { emptyId: string; sampleId: string }>(`
        const B = window.__planevalBench;
        const empty = await B.createProject(B.db, { name: '基准项目 空', plan: window.__benchData.plan });
        const sample = await B.openSampleProject(B.db);
        return { emptyId: empty.id, sampleId: sample.id };`),
      null,
    );
    stored = { dir, largeId, emptyId, sampleId };
    return stored;
  } finally {
    await context.close();
  }
}
