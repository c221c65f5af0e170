// planeval report: evaluates a plan on statistics files (or the sample data) and writes the report as docx, xlsx or html.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { evaluate } from '../../shared/attain';
import { bilingual } from '../../shared/base';
import type { Language } from '../../shared/i18n';
import { defaultSettings, valueSet, valueSetSize, type Evaluation, type Plan, type ValueSet } from '../../shared/model';
import { GZ_PLAN_ID, GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../shared/plans';
import { allCharts, buildReport, renderReportHtml, REPORT_TYPES, type ReportDocument, type ReportOptions, type ReportType, writeDocx, writeReportXlsx } from '../../shared/report';
import { diffRounds, roundSource, roundStamp, type Round } from '../../shared/round';
import { benchmarksOption } from '../benchmarks-option';
import { loadRound } from '../load-round';
import { loadValues } from '../load-values';
import { loadPlan } from '../load-plan';
import { loadTasks } from '../load-progress';
import { renderCharts } from '../render-chart';
import { label } from '../text';
import { defineCommand } from './define-command';

const FORMATS = ['docx', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

const SYNOPSIS = `planeval report --plan <builtin:${GZ_PLAN_ID} | plan.xlsx> --data <files…> --as-of YEAR --out FILE
                [--type annual|midterm|final] [--format docx|xlsx|html] [--lang zh|en] [--no-regions]
                [--categories NAME,NAME] [--date YYYY-MM-DD] [--unit UNIT] [--benchmarks all|NAME,NAME] [--password P]
                [--tasks FILLED-TASKS.xlsx …]
planeval report --sample --out FILE [options]
planeval report --round <ROUND.json | id --project FILE.planeval> [--compare <ROUND.json | id>] --out FILE [options]`;

/** The options that bring figures of their own, which a report of a round does not take. */
const NOT_WITH_ROUND = ['plan', 'data', 'as-of', 'benchmarks', 'password', 'tasks'] as const;

/** Charts as PNG, then the document in the chosen format. */
async function render(format: Format, doc: ReportDocument, xlsxInput: Parameters<typeof writeReportXlsx>[0]): Promise<Uint8Array> {
  if (format === 'xlsx') return writeReportXlsx(xlsxInput);
  const charts = await renderCharts(allCharts(doc));
  if (format === 'docx') return writeDocx(doc, charts);
  const urls = new Map([...charts].map(([id, png]) => [id, `data:image/png;base64,${Buffer.from(png).toString('base64')}`]));
  return new TextEncoder().encode(renderReportHtml(doc, urls));
}

export const reportCommand = defineCommand({
  name: 'report',
  summary: 'cli.report.summary',
  synopsis: SYNOPSIS,
  help: ['cli.report.help', 'round.cli.helpRound', 'round.cli.helpCompare', 'tasksReport.cli.reportHelp'],
  helpParams: { asOf: GZ_SAMPLE_AS_OF },
  args: {
    allowPositionals: true,
    allowNegative: true,
    options: {
      plan: { type: 'string' },
      data: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      type: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      regions: { type: 'boolean', default: true },
      categories: { type: 'string' },
      date: { type: 'string' },
      benchmarks: { type: 'string' },
      unit: { type: 'string' },
      password: { type: 'string' },
      sample: { type: 'boolean', default: false },
      round: { type: 'string' },
      compare: { type: 'string' },
      project: { type: 'string' },
      'project-id': { type: 'string' },
      tasks: { type: 'string', multiple: true },
    },
  },
  async run({ values, positionals }, usage) {
    const files = [...(values.data ?? []), ...positionals];
    if (!values.out) return usage(bilingual('cli.error.missingOut'));
    const format = (values.format ?? extname(values.out).slice(1).toLowerCase()) as Format;
    if (!FORMATS.includes(format)) return usage(bilingual('cli.error.format', { format, formats: FORMATS.join(', ') }));
    if (values.round !== undefined) {
      const given = [...NOT_WITH_ROUND.filter((o) => values[o] !== undefined).map((o) => `--${o}`), ...(values.sample ? ['--sample'] : []), ...positionals];
      if (given.length > 0) return usage(bilingual('round.cli.withRound', { options: given.join(' ') }));
    } else if (values.compare !== undefined) return usage(bilingual('round.cli.compareNeedsRound'));
    const project = values.project === undefined ? undefined : { file: values.project, id: values['project-id'] };
    const round: Round | null = values.round === undefined ? null : await loadRound(values.round, project);
    const type = values.type ?? round?.kind ?? 'midterm';
    if (!REPORT_TYPES.includes(type as ReportType)) return usage(bilingual('cli.error.reportType', { type }));
    if (values.lang !== 'zh' && values.lang !== 'en') return usage(bilingual('cli.error.lang', { lang: values.lang }));
    if (!round && !values.sample && (!values.plan || files.length === 0)) return usage(bilingual('cli.error.needPlanAndDataOrSample'));
    if (values.sample && files.length > 0) return usage(bilingual('cli.error.sampleWithData'));
    const asOf = round ? round.asOf : values['as-of'] === undefined ? (values.sample ? GZ_SAMPLE_AS_OF : NaN) : Number(values['as-of']);
    if (!Number.isInteger(asOf)) return usage(bilingual('cli.error.asOf', { value: values['as-of'] ?? '' }));
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return usage(bilingual('cli.error.date', { value: date }));

    const planSpec = values.plan ?? `builtin:${GZ_PLAN_ID}`;
    if (values.sample && planSpec !== `builtin:${GZ_PLAN_ID}`) return usage(bilingual('cli.error.sampleBuiltinOnly', { plan: `builtin:${GZ_PLAN_ID}` }));
    const plan: Plan = round ? round.inputs.plan : await loadPlan(planSpec);
    const categories = values.categories ? values.categories.split(/[,,]/).map((c) => c.trim()).filter(Boolean) : 'all';
    if (categories !== 'all') {
      const unknown = categories.filter((c) => !plan.categories.includes(c));
      if (unknown.length) return usage(bilingual('cli.error.unknownCategories', { unknown: unknown.join('、'), known: plan.categories.join('、') }));
    }
    const { evaluation, values: data, tasks } = round ? roundSource(round) : { ...(await evaluated(plan, asOf, files, values)), tasks: values.tasks ? await loadTasks(planSpec, values.tasks, new Date().toISOString(), asOf) : undefined };
    const lang = values.lang as Language;
    const options: ReportOptions = { type: type as ReportType, asOf, categories, includeRegions: values.regions, lang, date, unit: values.unit };
    const earlier = round && values.compare !== undefined ? await loadRound(values.compare, project) : null;
    const doc = buildReport({ plan, evaluation, values: data, options, tasks, ...(round ? { round: roundStamp(round) } : {}), ...(round && earlier ? { diff: diffRounds(earlier, round) } : {}) });
    const bytes = await render(format, doc, { plan, evaluation, values: data, type: options.type, lang, tasks, ...(round ? { round: roundStamp(round) } : {}) });
    await writeFile(values.out, bytes);
    process.stdout.write(`${values.out}: ${doc.title} (${format}, ${valueSetSize(data)} ${label('cli.values')})\n`);
    return 0;
  },
});

/** The evaluation of data files (or the sample data) at `asOf`, made now. */
async function evaluated(plan: Plan, asOf: number, files: string[], values: { sample?: boolean; password?: string; benchmarks?: string }): Promise<{ evaluation: Evaluation; values: ValueSet }> {
  const importedAt = new Date().toISOString();
  const data: ValueSet = values.sample ? valueSet(gzSampleObservations(importedAt)) : await loadValues(files, plan, { importedAt, password: values.password, benchmarks: benchmarksOption(values.benchmarks) });
  return { evaluation: evaluate(plan, data, defaultSettings(asOf)), values: data };
}
