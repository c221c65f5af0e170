// A 分工方案 problem as the reader sees it: where it is (sheet and cell), then what is wrong, in one language.
import { t, type Language } from '../i18n';
import { describeLedgerError } from '../ledger';
import type { DivisionProblem } from './plan';

/** "“分工方案”工作表 B5：…". Problems found by validateLedgerItem name their item as the ledger's messages do. */
export function describeDivisionProblem(problem: DivisionProblem, lang: Language): string {
  const at = t('division.problem.at', lang, { sheet: problem.sheet, cell: problem.cell });
  if (problem.key.startsWith('ledger.')) {
    const { id, ...params } = problem.params;
    return at + describeLedgerError(String(id), { field: '', key: problem.key, params }, lang);
  }
  return at + t(problem.key, lang, problem.params);
}
