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

const SYNOPSIS = 'planeval evaluate --plan <builtin:gz-st-14th | plan.xlsx> --data <files…> --as-of YEAR [--region NAME] [--benchmarks all|NAME,NAME] [--password P] [--json]';

function percent(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

export const evaluateCommand = defineCommand({
  name: 'evaluate',
  summary: 'cli.evaluate.summary',
  synopsis: SYNOPSIS,
  help: 'cli.evaluate.help',
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
    },
  },
  async run({ values, positionals }, usage) {
    const files = [...(values.data ?? []), ...positionals];
    if (!values.plan || files.length === 0) return usage(bilingual('cli.error.needPlanAndData'));
    const asOf = Number(values['as-of']);
    if (!Number.isInteger(asOf)) return usage(bilingual('cli.error.asOf', { value: values['as-of'] ?? '' }));

    const plan = await loadPlan(values.plan);
    const wanted = values.region === undefined ? undefined : normaliseRegion(values.region);
    const region = wanted === undefined ? plan.regions.find((r) => r.whole)?.name : plan.regions.find((r) => [r.name, ...r.aliases].some((n) => normaliseRegion(n) === wanted))?.name ?? values.region;
    if (region === undefined) return usage(bilingual('plan.noWholeRegion', { plan: plan.name }));

    if (!plan.regions.some((r) => r.name === region)) return usage(bilingual('cli.error.regionNotInPlan', { region }));

    const data = await loadValues(files, plan, { importedAt: new Date().toISOString(), password: values.password, region: values.region, benchmarks: benchmarksOption(values.benchmarks) });
    const evaluation = evaluate(plan, data, defaultSettings(asOf));
    const json = evaluationJson(plan, evaluation, region);
    if (values.json) {
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
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
  },
});
