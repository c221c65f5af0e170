// A status as a coloured badge with its text (colour is never the only signal), and the red flag of a binding indicator.
import type { IndicatorResult } from '../../../../shared/model';
import { useT } from '../../services';
import { statusText } from './result-text';
import { statusStyle } from './status-colors';

/** The status badge of one result. */
export function StatusBadge({ result }: { result: IndicatorResult }) {
  const t = useT();
  return (
    <span className="status-badge" style={statusStyle(result.status)} data-status={result.status} data-testid="status-badge">
      {statusText(result, t)}
    </span>
  );
}

/** "约束性 红旗" beside a binding indicator below on-track. */
export function RedFlag() {
  const t = useT();
  return (
    <span className="red-flag" title={t('dashboard.redFlagHint')} data-testid="red-flag">
      <span aria-hidden="true">⚑</span> {t('dashboard.redFlag')}
    </span>
  );
}
