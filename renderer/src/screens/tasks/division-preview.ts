// What the 分工方案 preview shows of each row: its item, and lead, partners and milestones before → after as text.
import { t, type Language } from '../../../../shared/i18n';
import { changesItem, describeDivisionProblem, hasErrors, type DivisionPlan, type DivisionRow, type Responsibility } from '../../../../shared/division';
import type { Ledger } from '../../../../shared/ledger';

export type PreviewField = 'lead' | 'partners' | 'milestones';
export const PREVIEW_FIELDS: readonly PreviewField[] = ['lead', 'partners', 'milestones'];

export interface PreviewRow {
  key: string;
  /** "分工方案!B5". */
  where: string;
  written: string;
  item: string | null;
  /** Per field: null when the row leaves it as it is. */
  fields: Record<PreviewField, { before: string; after: string } | null>;
  problems: { severity: 'error' | 'warning'; text: string }[];
  status: 'change' | 'refused' | 'unchanged';
}

function fieldText(field: PreviewField, r: Responsibility, lang: Language): string {
  const none = t('division.ui.none', lang);
  if (field === 'lead') return r.lead || none;
  if (field === 'partners') return r.partners.join(t('tasks.item.partnerSeparator', lang)) || none;
  const stages = r.milestones.map((m) => t('division.ui.milestone', lang, { year: m.year, stage: t(`ledger.stage.${m.stage}`, lang) }));
  if (r.milestoneNote) stages.push(t('division.ui.noteMark', lang, { note: r.milestoneNote }));
  return stages.join(t('division.ui.milestoneSeparator', lang)) || none;
}

function previewRow(row: DivisionRow, ledger: Ledger, lang: Language): PreviewRow {
  const item = row.itemId === null ? null : ledger.items.find((i) => i.id === row.itemId)!;
  const fields = Object.fromEntries(
    PREVIEW_FIELDS.map((field) => {
      if (!row.before || !row.after) return [field, null];
      const [before, after] = [fieldText(field, row.before, lang), fieldText(field, row.after, lang)];
      return [field, before === after ? null : { before, after }];
    }),
  ) as PreviewRow['fields'];
  return {
    key: `${row.sheet}!${row.row}`,
    where: `${row.sheet}!${row.cell}`,
    written: [row.ref, row.title].filter(Boolean).join(' '),
    item: item ? t('division.ui.item', lang, { section: item.section, title: item.title, id: item.id }) : null,
    fields,
    problems: row.problems.map((p) => ({ severity: p.severity, text: describeDivisionProblem(p, lang) })),
    status: hasErrors(row) ? 'refused' : changesItem(row) ? 'change' : 'unchanged',
  };
}

/** Every row of the plan for the preview table, and the counts its summary states. */
export function divisionPreview(plan: DivisionPlan, ledger: Ledger, lang: Language) {
  const rows = plan.rows.map((r) => previewRow(r, ledger, lang));
  const count = (status: PreviewRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    rows,
    fileProblems: plan.problems.map((p) => describeDivisionProblem(p, lang)),
    changes: count('change'),
    refused: count('refused') + plan.problems.length,
    unchanged: count('unchanged'),
  };
}
