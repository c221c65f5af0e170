// planeval evaluate: imports data files as `planeval import` would (mapped values only) and prints the attainment.
import { evaluate } from '../../shared/attain';
import { defaultSettings, STATUS_CODES } from '../../shared/model';
import { t } from '../../shared/i18n';
import { evaluationJson } from '../evaluation-json';
import { benchmarksOption } from '../benchmarks-option';
import { loadValues } from '../load-values';
import { loadPlan } from '../load-plan';
import { aside, label, listed } from '../text';
import { defineCommand } from './define-command';
import { bilingual, normaliseRegion } from '../../shared/base';
import type { Evaluation, Plan } from '../../shared/model';
import { roundStamp } from '../../shared/round';
import { loadRound } from '../load-round';

const SYNOPSIS = `planeval evaluate --plan <builtin:gz-st-14th | plan.xlsx> --data <files…> --as-of YEAR [--region NAME] [--benchmarks all|NAME,NAME] [--password P] [--json]
planeval evaluate --round <ROUND.json | id --project FILE.planeval> [--region NAME] [--json]`;

/** The options that bring figures of their own, which a round's evaluation does not take. */
const NOT_WITH_ROUND = ['plan', 'data', 'as-of', 'benchmarks', 'password'] as const;

function percent(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

export const evaluateCommand = defineCommand({
  name: 'evaluate',
  summary: 'cli.evaluate.summary',
  synopsis: SYNOPSIS,
  help: ['cli.evaluate.help', 'round.cli.helpRound'],
  args: {
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      data: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      region: { type: 'string' },
      benchmarks: { type: 'string' },
      password: { type: 'string' },
      json: { type: 'boolean' },
      round: { type: 'string' },
      project: { type: 'string' },
      'project-id': { type: 'string' },
    },
  },
  async run({ values, positionals }, usage) {
    const files = [...(values.data ?? []), ...positionals];
    if (values.round !== undefined) {
      const given = NOT_WITH_ROUND.filter((o) => values[o] !== undefined).map((o) => `--${o}`);
      if (given.length > 0 || positionals.length > 0) return usage(bilingual('round.cli.withRound', { options: [...given, ...positionals].join(' ') }));
      const round = await loadRound(values.round, values.project === undefined ? undefined : { file: values.project, id: values['project-id'] });
      // The round's stored evaluation, never a new one: its figures are what was frozen.
      return printEvaluation(round.inputs.plan, round.evaluation, values.region, values.json === true, usage, { round: roundStamp(round) });
    }
    if (!values.plan || files.length === 0) return usage(bilingual('cli.error.needPlanAndData'));
    const asOf = Number(values['as-of']);
    if (!Number.isInteger(asOf)) return usage(bilingual('cli.error.asOf', { value: values['as-of'] ?? '' }));

    const plan = await loadPlan(values.plan);
    const problem = regionProblem(plan, values.region);
    if (problem) return usage(problem);
    const data = await loadValues(files, plan, { importedAt: new Date().toISOString(), password: values.password, region: values.region, benchmarks: benchmarksOption(values.benchmarks) });
    return printEvaluation(plan, evaluate(plan, data, defaultSettings(asOf)), values.region, values.json === true, usage);
  },
});

/** The plan's region the --region option names (the whole area without one). */
function regionOf(plan: Plan, name: string | undefined): string | undefined {
  const wanted = name === undefined ? undefined : normaliseRegion(name);
  return wanted === undefined ? plan.regions.find((r) => r.whole)?.name : (plan.regions.find((r) => [r.name, ...r.aliases].some((n) => normaliseRegion(n) === wanted))?.name ?? name);
}

/** Why the --region option names no region of the plan, or undefined when it names one. */
function regionProblem(plan: Plan, name: string | undefined): string | undefined {
  const region = regionOf(plan, name);
  if (region === undefined) return bilingual('plan.noWholeRegion', { plan: plan.name });
  if (!plan.regions.some((r) => r.name === region)) return bilingual('cli.error.regionNotInPlan', { region });
  return undefined;
}

/** Prints the evaluation for the region, as JSON or as text; `extra` is added to the JSON. */
function printEvaluation(plan: Plan, evaluation: Evaluation, regionName: string | undefined, asJson: boolean, usage: (problem?: string) => number, extra: Record<string, unknown> = {}): number {
  const problem = regionProblem(plan, regionName);
  if (problem) return usage(problem);
  const region = regionOf(plan, regionName)!;
  const asOf = evaluation.asOf;
  const json = evaluationJson(plan, evaluation, region);
  if (asJson) {
    process.stdout.write(JSON.stringify({ ...json, ...extra }, null, 2) + '\n');
    return 0;
  }
  const score = json.overall.score === null ? t('report.p.insufficient', 'zh') : json.overall.score.toFixed(1);
  const lines = [`${plan.name} · ${region} · ${asOf}`, `${label('cli.evaluate.overall')}: ${score} · ${label('cli.evaluate.coverage')} ${percent(json.overall.coverage)}`];
  for (const i of json.indicators) {
    const progress = `${t('cli.evaluate.completion', 'zh')} ${percent(i.completion)}  ${t('cli.evaluate.timeProgress', 'zh')} ${percent(i.timeProgress)}`;
    lines.push(`  ${i.name}${t('common.sep.label', 'zh')}${i.latest ? `${i.latest.value}${i.unit}${aside(i.latest.year)}` : '—'}  ${progress}  ${t(`status.${i.status}`, 'zh')}`);
    if (i.benchmarks?.length) lines.push(`    ${label('cli.evaluate.benchmarks')}: ${listed(i.benchmarks.map((b) => `${b.region} ${b.value}${i.unit}${aside(b.year)}`))}`);
  }
  lines.push(STATUS_CODES.filter((s) => json.overall.counts[s]).map((s) => `${t(`status.${s}`, 'zh')} ${json.overall.counts[s]}`).join(' · '));
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
