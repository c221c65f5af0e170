// planeval plan show|validate: print an indicator framework, or check a plan sheet and list its errors by row and column.
import { readFile } from 'node:fs/promises';
import { t, type Language } from '../../shared/i18n';
import { describeFieldError, type Indicator, type Plan, validatePlan } from '../../shared/model';
import { describePlanSheetError, parsePlanSheet } from '../../shared/plan-sheet';
import { loadPlan } from '../load-plan';
import { alignColumns } from '../text';
import { defineCommand } from './define-command';

const SYNOPSIS = `planeval plan show <builtin:gz-st-14th | plan.xlsx> [--json] [--lang zh|en]
planeval plan validate <plan.xlsx | builtin:…> [--lang zh|en]`;

export const planCommand = defineCommand({
  name: 'plan',
  summary: 'cli.plan.summary',
  synopsis: SYNOPSIS,
  help: 'cli.plan.help',
  args: { allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'zh' } } },
  async run({ values, positionals }, usage) {
    const [action, spec] = positionals;
    const lang = values.lang;
    if ((action !== 'show' && action !== 'validate') || !spec || positionals.length > 2 || (lang !== 'zh' && lang !== 'en')) return usage();
    if (action === 'validate') return validate(spec, lang);
    const plan = await loadPlan(spec);
    process.stdout.write(values.json ? JSON.stringify(planSummary(plan), null, 2) + '\n' : planTable(plan, lang));
    return 0;
  },
});

/** The framework fields `plan show --json` prints. */
export function planSummary(plan: Plan) {
  return {
    id: plan.id,
    name: plan.name,
    categories: plan.categories,
    indicators: plan.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      category: i.category,
      unit: i.unit,
      precision: i.precision,
      baseline: i.baseline,
      target: i.target,
      direction: i.direction,
      kind: i.kind,
      nature: i.nature,
      weight: i.weight,
      aggregation: i.aggregation,
      aliases: i.aliases,
      // 指标动态调整, only where the indicator has any, so a plan without revisions prints as it always did.
      ...(i.revisions ? { revisions: i.revisions } : {}),
    })),
  };
}

async function validate(spec: string, lang: Language): Promise<number> {
  const { errors: lines, notes } = spec.startsWith('builtin:')
    ? { errors: validatePlan(await loadPlan(spec)).flatMap(({ indicatorId, errors }) => errors.map((e) => `${indicatorId}: ${describeFieldError(e, lang)}`)), notes: [] }
    : sheetProblems(new Uint8Array(await readFile(spec)), spec, lang);
  if (lines.length === 0) {
    process.stdout.write([...notes, `${spec}: ${t('plan.sheet.noErrors', 'zh')} / ${t('plan.sheet.noErrors', 'en')}`].join('\n') + '\n');
    return 0;
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 1;
}

/** A sheet's errors, or the notes of a sheet that reads (a baseline year without its value), each located. */
function sheetProblems(bytes: Uint8Array, fileName: string, lang: Language): { errors: string[]; notes: string[] } {
  const result = parsePlanSheet(bytes, fileName);
  return result.ok
    ? { errors: [], notes: result.notes.map((note) => describePlanSheetError(note, lang)) }
    : { errors: result.errors.map((error) => describePlanSheetError(error, lang)), notes: [] };
}

/** The table's columns; the heading of each is the dictionary's cli.plan.heading.<column>. */
const HEADINGS = ['id', 'name', 'unit', 'baseline', 'target', 'direction', 'kind', 'nature', 'weight', 'aggregation'];

function planTable(plan: Plan, lang: Language): string {
  const out = [t('cli.plan.title', lang, { name: plan.name, id: plan.id, from: plan.period.start, to: plan.period.end })];
  for (const category of plan.categories) {
    const rows = plan.indicators.filter((i) => i.category === category).map(indicatorRow);
    out.push('', `[${category}]`, ...alignColumns([HEADINGS.map((h) => t(`cli.plan.heading.${h}`, lang)), ...rows]));
  }
  return out.join('\n') + '\n';
}

function indicatorRow(i: Indicator): string[] {
  const baseline = i.baseline ? `${i.baseline.value} (${i.baseline.year})` : '—';
  const target = !i.target
    ? '—'
    : i.target.comparator === 'range'
      ? `${i.target.lo}~${i.target.hi} (${i.target.year})`
      : `${i.target.comparator} ${i.target.value} (${i.target.year})`;
  return [i.id, i.name, i.unit, baseline, target, i.direction === 1 ? '+1' : '-1', i.kind, i.nature, String(i.weight), i.aggregation];
}
