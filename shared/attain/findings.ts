// Building findings: a Chinese message with the numbers filled in, and the cells it points at.
import { t } from '../i18n';
import type { CellRef, Finding, FindingCode, ObservationInput, Provenance } from '../model';
import { FindingRecord } from './output-objects';

/** A finding whose message is the Chinese text of `key` with `params` filled in. */
export function finding(code: FindingCode, key: string, params: Record<string, string | number>, cells: CellRef[]): Finding {
  return new FindingRecord(code, t(key, 'zh', params), cells);
}

/** The cell an observation came from. */
export function cellOf(indicatorId: string, region: string, point: ObservationInput): CellRef {
  return point.source ? { indicatorId, region, year: point.year, source: point.source } : { indicatorId, region, year: point.year };
}

/** Where a value came from, in words: "file.xlsx 表1!B5", a citation, or "source not recorded". */
export function describeSource(source: Provenance | undefined): string {
  if (!source) return t('attain.source.unknown', 'zh');
  // A value quoted from a publication (or the sample's 示例数据) has no cell to name.
  if (!source.cell) return source.citation || source.fileName || t('attain.source.unknown', 'zh');
  return `${source.fileName} ${source.sheet}!${source.cell}`;
}
