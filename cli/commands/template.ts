// planeval template: writes data-collection templates (one .xlsx per department, or one workbook) for a plan.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../../shared/i18n';
import { bilingual } from '../../shared/base';
import { buildTaskTemplate, buildTemplates, frameworkVersion } from '../../shared/templates';
import { loadLedger } from '../load-ledger';
import { loadPlan } from '../load-plan';
import { defineCommand, type Usage } from './define-command';

const SYNOPSIS = `planeval template --plan <builtin:gz-st-14th | plan.xlsx> --years 2023[,2024] --out DIR
                  [--regions NAME,NAME] [--indicators ID,ID] [--by-department | --one-workbook]
                  [--deadline YYYY-MM-DD] [--contact TEXT]
planeval template --plan builtin:gz-st-14th --tasks [--year 2023] --out tasks.xlsx [--deadline YYYY-MM-DD] [--contact TEXT]`;

function list(text: string | undefined): string[] {
  return (text ?? '').split(/[,,、]/).map((s) => s.trim()).filter(Boolean);
}

/** "2021-2023" and "2021,2023" both work. */
function years(text: string | undefined): number[] | null {
  const out: number[] = [];
  for (const part of list(text)) {
    const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(part);
    if (range) for (let y = Number(range[1]); y <= Number(range[2]); y++) out.push(y);
    else if (/^\d{4}$/.test(part)) out.push(Number(part));
    else return null;
  }
  return out.length > 0 ? out : null;
}

export const templateCommand = defineCommand({
  name: 'template',
  summary: 'cli.template.summary',
  synopsis: SYNOPSIS,
  help: ['cli.template.help', 'tasksReport.cli.templateHelp'],
  args: {
    options: {
      plan: { type: 'string' },
      years: { type: 'string' },
      regions: { type: 'string' },
      indicators: { type: 'string' },
      'by-department': { type: 'boolean' },
      'one-workbook': { type: 'boolean' },
      deadline: { type: 'string' },
      contact: { type: 'string' },
      out: { type: 'string' },
      tasks: { type: 'boolean' },
      year: { type: 'string' },
    },
  },
  async run({ values }, usage) {
    if (values.tasks) return writeTaskTemplate(values, usage);
    const requested = years(values.years);
    if (!values.plan || !values.out || !requested || (values['by-department'] && values['one-workbook'])) return usage();
    const plan = await loadPlan(values.plan);
    const whole = plan.regions.find((r) => r.whole)?.name ?? plan.regions[0]!.name;
    const createdAt = new Date().toISOString();
    let files;
    try {
      files = buildTemplates({
        plan,
        projectId: `cli:${plan.id}`,
        projectName: t('cli.template.projectName', 'zh', { plan: plan.name }),
        indicators: values.indicators ? list(values.indicators) : plan.indicators.map((i) => i.id),
        years: requested,
        regions: values.regions ? list(values.regions) : [whole],
        grouping: values['one-workbook'] ? 'one-workbook' : 'per-file',
        deadline: values.deadline,
        contact: values.contact,
        previousValues: [],
        frameworkVersion: frameworkVersion(plan),
        createdAt,
      });
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    await mkdir(values.out, { recursive: true });
    for (const file of files) {
      const path = join(values.out, file.fileName);
      await writeFile(path, file.bytes);
      const who = file.templates.map((t) => `${t.department} ${t.templateId}`).join(', ');
      process.stdout.write(`${path}  (${who})\n`);
    }
    return 0;
  },
});

/** --tasks: the ledger's task progress template for one year, as one workbook at --out. */
async function writeTaskTemplate(values: { plan?: string; out?: string; year?: string; deadline?: string; contact?: string; years?: string; regions?: string; indicators?: string }, usage: Usage): Promise<number> {
  if (!values.plan || !values.out || values.years || values.regions || values.indicators) return usage();
  const year = values.year === undefined ? new Date().getUTCFullYear() - 1 : Number(values.year);
  if (!/^\d{4}$/.test(String(year))) return usage(bilingual('tasksReport.cli.year', { value: values.year ?? '' }));
  const plan = await loadPlan(values.plan);
  const ledger = loadLedger(values.plan);
  const file = buildTaskTemplate({
    plan,
    ledger,
    projectId: `cli:${plan.id}`,
    projectName: t('cli.template.projectName', 'zh', { plan: plan.name }),
    year,
    previous: [],
    deadline: values.deadline,
    contact: values.contact,
    createdAt: new Date().toISOString(),
  });
  await writeFile(values.out, file.bytes);
  const sheets = file.sheets.map((s) => `${s.department} ${s.itemIds.length}`).join(', ');
  process.stdout.write(`${t('tasksReport.cli.templateWritten', 'zh', { path: values.out, year, sheets })}\n`);
  return 0;
}
