// planeval evaluate: imports data files as `planeval import` would (mapped values only) and prints the attainment.
import { evaluate } from '../../shared/attain';
import { defaultSettings, STATUS_CODES } from '../../shared/model';
import { t } from '../../shared/i18n';
import { evaluationJson } from '../evaluation-json';
import { benchmarksOption, BENCHMARKS_HELP } from '../benchmarks-option';
import { loadValues } from '../load-values';
import { loadPlan } from '../load-plan';
import { defineCommand } from './define-command';
import { normaliseRegion } from '../../shared/base';

const HELP = `planeval evaluate --plan <builtin:gz-st-14th | plan.xlsx> --data <files…> --as-of YEAR [--region NAME] [--benchmarks all|…] [--password P] [--json]
  Imports the data files (mapped values only), evaluates every indicator at the as-of year and prints the result.
  Without --region, the whole area. Numbers are unrounded; completion, time progress, coverage and growth are fractions.
  ${BENCHMARKS_HELP}`;

function percent(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

export const evaluateCommand = defineCommand({
  name: 'evaluate',
  summary: 'evaluate a plan on data files at an as-of year',
  help: HELP,
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
    if (!values.plan || files.length === 0) return usage('需要 --plan 和 --data (need --plan and --data files)');
    const asOf = Number(values['as-of']);
    if (!Number.isInteger(asOf)) return usage(`--as-of 应为年份 (--as-of must be a year), got "${values['as-of'] ?? ''}"`);

    const plan = await loadPlan(values.plan);
    const wanted = values.region === undefined ? undefined : normaliseRegion(values.region);
    const region = wanted === undefined ? plan.regions.find((r) => r.whole)?.name : plan.regions.find((r) => [r.name, ...r.aliases].some((n) => normaliseRegion(n) === wanted))?.name ?? values.region;
    if (region === undefined) return usage(`规划“${plan.name}”没有全市地区 (the plan has no whole-area region)`);

    if (!plan.regions.some((r) => r.name === region)) return usage(`地区“${region}”不是规划的地区；对标地区的数值列在全市结果的 benchmarks 中 (region "${region}" is not one of the plan's; benchmark values are listed with the whole area)`);

    const data = await loadValues(files, plan, { importedAt: new Date().toISOString(), password: values.password, region: values.region, benchmarks: benchmarksOption(values.benchmarks) });
    const evaluation = evaluate(plan, data, defaultSettings(asOf));
    const json = evaluationJson(plan, evaluation, region);
    if (values.json) {
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
      return 0;
    }
    const lines = [`${plan.name} · ${region} · ${asOf}`, `总体得分 overall: ${json.overall.score === null ? '数据不足' : json.overall.score.toFixed(1)} (覆盖 coverage ${percent(json.overall.coverage)})`];
    for (const i of json.indicators) {
      lines.push(`  ${i.name}: ${i.latest ? `${i.latest.value}${i.unit} (${i.latest.year})` : '—'}  完成度 ${percent(i.completion)}  时序 ${percent(i.timeProgress)}  ${t(`status.${i.status}`, 'zh')}`);
      if (i.benchmarks?.length) lines.push(`    对标 benchmarks: ${i.benchmarks.map((b) => `${b.region} ${b.value}${i.unit} (${b.year})`).join(', ')}`);
    }
    lines.push(STATUS_CODES.filter((s) => json.overall.counts[s]).map((s) => `${t(`status.${s}`, 'zh')} ${json.overall.counts[s]}`).join(' · '));
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
});
