// 指标动态调整情况: every target revision of the report's indicators with its basis, as one list of rows that the
// 评估方法 chapter's subsection and the workbook's sheet both state, and the target as a table cell states it.
import { formatRaw, targetInForce } from '../attain';
import { t, type Language } from '../i18n';
import type { Comparator, Indicator, IndicatorResult, Target, TargetRevision } from '../model';

const SYMBOL: Record<Exclude<Comparator, 'range'>, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '' };

/** A target as a table cell states it: "≥3000", "10–20", a growth target's value with its "%". */
export function targetText(indicator: Indicator, target: { comparator: Comparator; value?: number; lo?: number; hi?: number }): string {
  if (target.comparator === 'range') return `${formatRaw(target.lo!)}–${formatRaw(target.hi!)}`;
  return `${SYMBOL[target.comparator]}${formatRaw(target.value!)}${indicator.kind === 'growth' ? '%' : ''}`;
}

/** The target cell of a result: the target it was assessed against, and under a revision the plan's own beneath. */
export function resultTargetCell(indicator: Indicator, result: IndicatorResult, lang: Language): string | null {
  if (!result.revision || !result.target) return null;
  return `${targetText(indicator, result.target)}\n${t('revision.report.originalCell', lang, { target: targetText(indicator, result.revision.originalTarget) })}`;
}

/** Whether a revision is the one in force at the evaluation year, not yet in force, or replaced by a later one. */
export type RevisionStanding = 'applied' | 'notYet' | 'superseded';

export interface RevisionRow {
  indicator: Indicator;
  revision: TargetRevision;
  original: Target;
  standing: RevisionStanding;
}

/** Every revision of `indicators`, in plan order and each indicator's recorded order, with its standing at `asOf`. */
export function revisionRows(indicators: Indicator[], asOf: number): RevisionRow[] {
  return indicators.flatMap((indicator) => {
    const original = indicator.target;
    if (!original || !indicator.revisions) return [];
    const inForce = targetInForce(indicator, asOf)?.revision?.index ?? -1;
    return indicator.revisions.map((revision, index) => ({
      indicator,
      revision,
      original,
      standing: index === inForce ? 'applied' : revision.effectiveYear > asOf ? 'notYet' : 'superseded',
    }));
  });
}

/** A row's cells: 指标, 规划原目标, 调整后目标, 生效年份, 调整原因, 批准依据, 本次评估. */
export function revisionCells(row: RevisionRow, lang: Language): string[] {
  const { indicator, revision, original, standing } = row;
  return [
    indicator.name,
    targetText(indicator, original),
    targetText(indicator, revision.target),
    String(revision.effectiveYear),
    revision.reason,
    revision.basis,
    t(`revision.report.standing.${standing}`, lang),
  ];
}

export const REVISION_COLUMNS = ['indicator', 'original', 'revised', 'effectiveYear', 'reason', 'basis', 'standing'] as const;

/** The sentence that states each revision with its basis, for the subsection's paragraph. */
export function revisionsSummary(rows: RevisionRow[], lang: Language): string {
  const items = rows.map(({ indicator, revision, original, standing }) =>
    t('revision.report.item', lang, {
      name: indicator.name,
      year: revision.effectiveYear,
      original: targetText(indicator, original),
      revised: targetText(indicator, revision.target),
      reason: revision.reason,
      basis: revision.basis,
      standing: standing === 'applied' ? '' : t(`revision.report.note.${standing}`, lang),
    }),
  );
  const count = new Set(rows.map((row) => row.indicator.id)).size;
  return t('revision.report.summary', lang, { count, revisions: rows.length, list: items.join(t('revision.report.itemSeparator', lang)) });
}
