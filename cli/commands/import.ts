// planeval import: reads statistics files with the app's import engine and prints what they hold, without storing.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { benchmarksOption } from '../benchmarks-option';
import { loadPlan } from '../load-plan';
import { defineCommand } from './define-command';
import { type FileImportResult, importFile } from '../../shared/import';
import { bilingual } from '../../shared/base';
import { aside, label, listed } from '../text';

const SYNOPSIS = 'planeval import <files…> --plan <builtin:gz-st-14th | plan.xlsx> [--indicator ID] [--year YEAR] [--region NAME] [--benchmarks all|NAME,NAME] [--password P] [--json]';

/** The command line's JSON: observations reduced to the fields the issue documents. */
function toJson(result: FileImportResult) {
  return {
    file: result.file,
    ...(result.fileHash ? { fileHash: result.fileHash } : {}),
    ...(result.error ? { error: result.error } : {}),
    sheets: result.sheets.map((s) => ({
      sheet: s.sheet,
      // A sheet without a table says why.
      ...(s.noTable ? { noTable: s.noTable } : {}),
      tables: s.tables.map((t) => ({
        range: t.range,
        layout: t.layout,
        // Where the year was read, for a table with no year column or row (its title, a note, the sheet's name).
        observations: t.observations.map(({ indicator, region, year, value, unit, cell, yearFrom }) => ({ indicator, region, year, value, unit, cell, ...(yearFrom ? { yearFrom } : {}) })),
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
    if (s.noTable) lines.push(`  ${s.noTable.message}`);
    for (const t of s.tables) {
      lines.push(`  ${s.sheet}!${t.range} ${t.layout}: ${t.observations.length} ${label('cli.values')}, ${t.unmapped.length} ${label('cli.import.unmapped')}, ${t.findings.length} ${label('cli.import.findings')}`);
      for (const u of t.unmapped) lines.push(`    ? ${u.name}${aside(u.cell)}${u.suggestions.length ? ' → ' + listed(u.suggestions) : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'cli.import.summary',
  synopsis: SYNOPSIS,
  help: 'cli.import.help',
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
      process.stderr.write(`${bilingual('plan.unknownIndicator', { indicator: values.indicator })}\n`);
      return 2;
    }
    const results: FileImportResult[] = [];
    for (const path of positionals) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(path));
      } catch (error) {
        results.push({ file: basename(path), error: { code: 'not-found', message: `${bilingual('cli.error.cannotOpen', { path })}: ${(error as Error).message}` }, sheets: [] });
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
