// planeval report: evaluates a plan on statistics files (or the sample data) and writes the report as docx, xlsx or html.
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { evaluate } from '../../shared/attain';
import type { Language } from '../../shared/i18n';
import { defaultSettings, valueSet, valueSetSize, type Plan, type ValueSet } from '../../shared/model';
import { GZ_PLAN_ID, GZ_SAMPLE_AS_OF, gzSampleObservations } from '../../shared/plans';
import { allCharts, buildReport, renderReportHtml, REPORT_TYPES, type ReportDocument, type ReportOptions, type ReportType, writeDocx, writeReportXlsx } from '../../shared/report';
import { loadValues } from '../load-values';
import { loadPlan } from '../load-plan';
import { renderCharts } from '../render-chart';
import { defineCommand } from './define-command';

const FORMATS = ['docx', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `planeval report --plan <builtin:${GZ_PLAN_ID} | plan.xlsx> --data <files…> --as-of YEAR --out FILE
                [--type annual|midterm|final] [--format docx|xlsx|html] [--lang zh|en] [--no-regions]
                [--categories 名称,名称] [--date YYYY-MM-DD] [--unit 评估单位] [--password P]
planeval report --sample --out FILE [options]
  Writes the evaluation report (年度监测报告 / 中期评估报告 / 总结评估报告) of the plan on the data files.
  --data may be repeated, or the files listed after the options. --format defaults to the --out extension.
  --sample uses the built-in plan's sample data (示例数据) instead of data files; --as-of defaults to ${GZ_SAMPLE_AS_OF}.
  --date is printed under the title (default: today); --unit names the 评估单位 on the cover (default: a placeholder).`;

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
  summary: 'write the evaluation report (docx, xlsx or html) from a plan and data files',
  help: HELP,
  args: {
    allowPositionals: true,
    allowNegative: true,
    options: {
      plan: { type: 'string' },
      data: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      type: { type: 'string', default: 'midterm' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      regions: { type: 'boolean', default: true },
      categories: { type: 'string' },
      date: { type: 'string' },
      unit: { type: 'string' },
      password: { type: 'string' },
      sample: { type: 'boolean', default: false },
    },
  },
  async run({ values, positionals }, usage) {
    const files = [...(values.data ?? []), ...positionals];
    if (!values.out) return usage('缺少 --out (missing --out FILE)');
    const format = (values.format ?? extname(values.out).slice(1).toLowerCase()) as Format;
    if (!FORMATS.includes(format)) return usage(`不支持的格式“${format}” (unsupported format "${format}"; use ${FORMATS.join(', ')})`);
    if (!REPORT_TYPES.includes(values.type as ReportType)) return usage(`不支持的报告类型“${values.type}” (unknown --type "${values.type}")`);
    if (values.lang !== 'zh' && values.lang !== 'en') return usage(`不支持的语言“${values.lang}” (unknown --lang "${values.lang}")`);
    if (!values.sample && (!values.plan || files.length === 0)) return usage('需要 --plan 和 --data,或 --sample (need --plan and --data files, or --sample)');
    if (values.sample && files.length > 0) return usage('--sample 不能与数据文件同时使用 (--sample takes no data files)');
    const asOf = values['as-of'] === undefined ? (values.sample ? GZ_SAMPLE_AS_OF : NaN) : Number(values['as-of']);
    if (!Number.isInteger(asOf)) return usage(`--as-of 应为年份 (--as-of must be a year), got "${values['as-of'] ?? ''}"`);
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return usage(`--date 应为 YYYY-MM-DD (--date must be YYYY-MM-DD), got "${date}"`);

    const planSpec = values.plan ?? `builtin:${GZ_PLAN_ID}`;
    if (values.sample && planSpec !== `builtin:${GZ_PLAN_ID}`) return usage(`--sample 只适用于内置规划 builtin:${GZ_PLAN_ID} (the sample data belong to the built-in plan)`);
    const plan: Plan = await loadPlan(planSpec);
    const categories = values.categories ? values.categories.split(/[,,]/).map((c) => c.trim()).filter(Boolean) : 'all';
    if (categories !== 'all') {
      const unknown = categories.filter((c) => !plan.categories.includes(c));
      if (unknown.length) return usage(`规划中没有领域 ${unknown.join('、')} (unknown categories; the plan has ${plan.categories.join(', ')})`);
    }
    const importedAt = new Date().toISOString();
    const data: ValueSet = values.sample ? valueSet(gzSampleObservations(importedAt)) : await loadValues(files, plan, { importedAt, password: values.password });
    const evaluation = evaluate(plan, data, defaultSettings(asOf));
    const lang = values.lang as Language;
    const options: ReportOptions = { type: values.type as ReportType, asOf, categories, includeRegions: values.regions, lang, date, unit: values.unit };
    const doc = buildReport({ plan, evaluation, values: data, options });
    const bytes = await render(format, doc, { plan, evaluation, values: data, lang });
    await writeFile(values.out, bytes);
    process.stdout.write(`${values.out}: ${doc.title} (${format}, ${valueSetSize(data)} 个数值 values)\n`);
    return 0;
  },
});
