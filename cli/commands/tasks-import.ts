// planeval tasks import <file> --plan <plan>: a 分工方案 read against the plan's ledger. The command line keeps no
// project, so nothing is written: it prints what the 重点任务 screen's preview shows (each row's item and its lead,
// partners and milestones before → after, every problem by sheet and cell) and the ledger as it would be mapped.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { bilingual } from '../../shared/base';
import { applyDivision, describeDivisionProblem, importableRows, planDivision, refusedRows, type DivisionPlan, type Responsibility } from '../../shared/division';
import { t, type Language } from '../../shared/i18n';
import type { Ledger } from '../../shared/ledger';
import { readWorkbook } from '../../shared/ingest';
import { loadLedger } from '../load-ledger';
import { loadPlan } from '../load-plan';
import { ledgerSummary } from './tasks';

/** Prints the report; exits 1 when a row has an error (the screen would import the rest only on confirmation). */
export async function divisionReport(path: string, planSpec: string, json: boolean, lang: Language): Promise<number> {
  const ledger = loadLedger(planSpec);
  const plan = await loadPlan(planSpec);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    process.stderr.write(`${bilingual('cli.error.cannotOpen', { path })}: ${(error as Error).message}\n`);
    return 1;
  }
  const division = planDivision(await readWorkbook(bytes, basename(path)), ledger, { indicatorIds: plan.indicators.map((i) => i.id) });
  const mapped = applyDivision(ledger, division);
  process.stdout.write(json ? JSON.stringify(asJson(division, mapped, lang), null, 2) + '\n' : asText(division, mapped, plan.name, lang));
  return refusedRows(division).length > 0 || division.problems.length > 0 ? 1 : 0;
}

function problems(division: DivisionPlan, lang: Language) {
  return [...division.problems, ...division.rows.flatMap((r) => r.problems)].map((p) => ({ severity: p.severity, sheet: p.sheet, cell: p.cell, key: p.key, message: describeDivisionProblem(p, lang) }));
}

function asJson(division: DivisionPlan, mapped: Ledger, lang: Language) {
  return {
    file: division.fileName,
    tables: division.tables.map(({ sheet, headerRow, columns }) => ({ sheet, headerRow: headerRow + 1, columns })),
    changes: importableRows(division).map((r) => ({ sheet: r.sheet, row: r.row, itemId: r.itemId, before: r.before, after: r.after })),
    problems: problems(division, lang),
    ledger: ledgerSummary(mapped),
  };
}

function asText(division: DivisionPlan, mapped: Ledger, planName: string, lang: Language): string {
  const rows = importableRows(division);
  const out = [t('division.cli.title', lang, { file: division.fileName, plan: planName, rows: division.rows.length, changes: rows.length, refused: refusedRows(division).length }), ''];
  const fields: [string, (r: Responsibility) => string][] = [
    ['division.role.lead', (r) => r.lead || '—'],
    ['division.role.partners', (r) => r.partners.join('、') || '—'],
    ['division.role.deadline', (r) => [r.milestones.map((m) => `${m.year} ${t(`ledger.stage.${m.stage}`, lang)}`).join(', '), r.milestoneNote ?? ''].filter(Boolean).join('; ') || '—'],
  ];
  for (const row of rows) {
    const title = mapped.items.find((i) => i.id === row.itemId)!.title;
    out.push(t('division.cli.change', lang, { cell: `${row.sheet}!${row.cell}`, id: row.itemId!, title }));
    for (const [key, show] of fields) {
      const [before, after] = [show(row.before!), show(row.after!)];
      if (before !== after) out.push(`  ${t('division.cli.field', lang, { field: t(key, lang), before, after })}`);
    }
  }
  const listed = problems(division, lang);
  out.push('', listed.length > 0 ? t('division.cli.problems', lang) : t('division.cli.noProblems', lang), ...listed.map((p) => `  ${p.message}`));
  return out.join('\n') + '\n';
}
