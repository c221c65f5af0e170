// What a report of a frozen round says about it: the round it was made from (cut-off, time of freezing, hash) beside
// the data annex, and, compared with an earlier round, the annex 评估轮次对比.
import { formatValue, percentText } from '../attain';
import { t, type Language } from '../i18n';
import type { Observation } from '../model';
import type { RoundDiff, RoundFigures, RoundStamp } from '../round';
import type { Block, ParagraphBlock } from './model';

const DASH = '—';

/** The sentence naming the round a report's figures come from. */
export function roundStampParagraph(stamp: RoundStamp, lang: Language): ParagraphBlock {
  const text = t('round.report.stamp', lang, { name: stamp.name, cutoff: stamp.cutoff, frozenAt: stamp.frozenAt.slice(0, 16).replace('T', ' '), hash: stamp.hash });
  return { kind: 'paragraph', id: 'round.stamp', text, drafted: text, figures: text, edited: false, stale: false };
}

/** A round's figures for one indicator as the comparison prints them: 现值（年份）, 完成度, 判断; dashes when absent. */
export function roundFigureCells(f: RoundFigures | null, precision: number, lang: Language): string[] {
  if (!f) return [DASH, DASH, DASH];
  const latest = f.latest ? t('report.withAside', lang, { text: formatValue(f.latest.value, precision), aside: f.latest.year }) : DASH;
  const status = t(f.achievedEarly ? 'status.achievedEarly' : `status.${f.status}`, lang);
  return [latest, f.completion === null ? DASH : percentText(f.completion), status];
}

function sourceCell(o: Observation, lang: Language): string {
  const s = o.source;
  return s.cell ? t('round.annex.source', lang, { file: s.fileName, sheet: s.sheet, cell: s.cell }) : (s.citation ?? s.fileName);
}

/** The annex comparing two rounds: each indicator then and now, and the revised values with both sources. */
export function roundDiffBlocks(diff: RoundDiff, lang: Language, heading: string, tableTitle: (title: string) => string): Block[] {
  const c = (key: string) => t(`round.annex.col.${key}`, lang);
  const precisionOf = new Map(diff.indicators.map((i) => [i.indicatorId, i]));
  const indicatorRows = diff.indicators.map((i) => [t('report.withAside', lang, { text: i.name, aside: i.unit }), ...roundFigureCells(i.then, i.precision, lang), ...roundFigureCells(i.now, i.precision, lang)]);
  const revisedRows = diff.revised.map((r) => {
    const indicator = precisionOf.get(r.indicatorId);
    const value = (o: Observation) => formatValue(o.value, indicator?.precision ?? 2);
    return [indicator?.name ?? r.indicatorId, r.region, String(r.year), value(r.then), value(r.now), `${sourceCell(r.then, lang)}\n${sourceCell(r.now, lang)}`];
  });
  const intro = t('round.annex.intro', lang, { then: diff.then.name, thenCutoff: diff.then.cutoff, now: diff.now.name, nowCutoff: diff.now.cutoff, revised: diff.revised.length });
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: heading },
    { kind: 'paragraph', id: 'round.diff.intro', text: intro, drafted: intro, figures: intro, edited: false, stale: false },
    {
      kind: 'table',
      id: 'table.roundDiff',
      title: tableTitle(t('round.annex.indicators', lang)),
      header: [c('indicator'), ...[diff.then.name, diff.now.name].flatMap((name) => [`${name} ${c('latest')}`, `${name} ${c('completion')}`, `${name} ${c('status')}`])],
      rows: indicatorRows,
      repeatHeader: true,
      widths: [22, 13, 10, 13, 13, 10, 13],
      noWrap: [1, 2, 4, 5],
    },
  ];
  if (revisedRows.length > 0) {
    blocks.push({
      kind: 'table',
      id: 'table.roundRevised',
      title: tableTitle(t('round.annex.revised', lang)),
      header: [c('indicator'), c('region'), c('year'), diff.then.name, diff.now.name, c('sources')],
      rows: revisedRows,
      repeatHeader: true,
      widths: [22, 9, 7, 11, 11, 40],
      noWrap: [1, 2, 3, 4],
    });
  }
  return blocks;
}
