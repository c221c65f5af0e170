// A rating as a coloured badge with its name, so that colour is never the only signal.
import { RATING_COLORS } from '../../../../shared/ledger';
import { useT } from '../../services';
import type { RatingKey } from './task-rows';

// Amber and light grey need dark text to be read; the other colours take white.
const DARK_TEXT: readonly RatingKey[] = ['lagging', 'unreported'];

export function RatingBadge({ rating }: { rating: RatingKey }) {
  const t = useT();
  return (
    <span className="rating-badge" style={{ background: RATING_COLORS[rating], color: DARK_TEXT.includes(rating) ? '#1d2733' : '#ffffff' }} data-rating={rating}>
      {t(`ledger.rating.${rating}`)}
    </span>
  );
}
