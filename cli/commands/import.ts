// planeval import: reads statistics files with the app's import engine and prints what they hold, without storing.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { benchmarksOption, BENCHMARKS_HELP } from '../benchmarks-option';
import { loadPlan } from '../load-plan';
import { defineCommand } from './define-command';
import { type FileImportResult, importFile } from '../../shared/import';

const HELP = `planeval import <files…> --plan <builtin:gz-st-14th | plan.xlsx> [--indicator ID] [--year YEAR] [--region NAME] [--benchmarks all|…] [--password P] [--json]
  Reads .xlsx/.xlsm/.xls/.ods/.csv/.txt files, finds their tables and maps them to the plan's indicators.
  --indicator, --year and --region apply where a table does not name them. Nothing is stored.
  ${BENCHMARKS_HELP}
  Exits 1 when any file cannot be read.`;

/** The command line's JSON: observations reduced to the fields the issue documents. */
function toJson(result: FileImportResult) {
  return {
    file: result.file,
    ...(result.fileHash ? { fileHash: result.fileHash } : {}),
    ...(result.error ? { error: result.error } : {}),
    sheets: result.sheets.map((s) => ({
      sheet: s.sheet,
      tables: s.tables.map((t) => ({
        range: t.range,
        layout: t.layout,
        observations: t.observations.map(({ indicator, region, year, value, unit, cell }) => ({ indicator, region, year, value, unit, cell })),
        unmapped: t.unmapped,
        findings: t.findings,
      })),
    })),
  };
}

function toText(result: FileImportResult): string {
  if (result.error) return `${result.file}: ${result.error.message}\n`;
  const lines = [`${result.file}`];
  for (const s of result.sheets) {
    for (const t of s.tables) {
      lines.push(`  ${s.sheet}!${t.range} ${t.layout}: ${t.observations.length} 个数值 values, ${t.unmapped.length} 个未匹配指标 unmapped, ${t.findings.length} 条提示 findings`);
      for (const u of t.unmapped) lines.push(`    ? ${u.name} (${u.cell})${u.suggestions.length ? ' → ' + u.suggestions.join(', ') : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'read statistics spreadsheets and map them to a plan (prints, does not store)',
  help: HELP,
  args: {
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      indicator: { type: 'string' },
      year: { type: 'string' },
      region: { type: 'string' },
      benchmarks: { type: 'string' },
      password: { type: 'string' },
      json: { type: 'boolean' },
    },
  },
  async run({ values, positionals }, usage) {
    const year = values.year === undefined ? undefined : Number(values.year);
    if (!positionals.length || !values.plan || (year !== undefined && !Number.isInteger(year))) return usage();
    const plan = await loadPlan(values.plan);
    if (values.indicator && !plan.indicators.some((i) => i.id === values.indicator)) {
      process.stderr.write(`规划中没有指标“${values.indicator}” / the plan has no indicator "${values.indicator}"\n`);
      return 2;
    }
    const results: FileImportResult[] = [];
    for (const path of positionals) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(path));
      } catch (error) {
        results.push({ file: basename(path), error: { code: 'not-found', message: `无法打开文件“${path}” (cannot open "${path}"): ${(error as Error).message}` }, sheets: [] });
        continue;
      }
      results.push(
        await importFile(bytes, basename(path), plan, {
          indicator: values.indicator,
          year,
          region: values.region,
          benchmarks: benchmarksOption(values.benchmarks),
          password: values.password,
        }),
      );
    }
    process.stdout.write(values.json ? JSON.stringify({ files: results.map(toJson) }, null, 2) + '\n' : results.map(toText).join(''));
    return results.some((r) => r.error) ? 1 : 0;
  },
});
