// Resolves a plan argument of the command line: "builtin:<id>" or the path of a plan spreadsheet.
import { readFile } from 'node:fs/promises';
import { bilingual } from '../shared/base';
import type { Plan } from '../shared/model';
import { describePlanSheetError, parsePlanSheet } from '../shared/plan-sheet';
import { guangzhouPlan, GZ_PLAN_ID } from '../shared/plans';

const BUILTIN_PLANS: Record<string, () => Plan> = { [GZ_PLAN_ID]: guangzhouPlan };
const BUILTIN_PREFIX = 'builtin:';

/** The plan a spec names; throws an Error listing every problem of a plan sheet, or the built-in plans there are. */
export async function loadPlan(spec: string): Promise<Plan> {
  if (spec.startsWith(BUILTIN_PREFIX)) {
    const make = BUILTIN_PLANS[spec.slice(BUILTIN_PREFIX.length)];
    if (!make) {
      const available = Object.keys(BUILTIN_PLANS).map((id) => BUILTIN_PREFIX + id).join(', ');
      throw new Error(bilingual('cli.error.noBuiltinPlan', { spec, available }));
    }
    return make();
  }
  const result = parsePlanSheet(new Uint8Array(await readFile(spec)), spec);
  if (!result.ok) {
    const lines = result.errors.map((error) => `  ${describePlanSheetError(error, 'zh')}`);
    throw new Error(`${bilingual('cli.error.planSheet', { file: spec, count: result.errors.length })}\n${lines.join('\n')}`);
  }
  return result.plan;
}
