// The colour of each rating wherever ratings are drawn (the 重点任务 screen's chart, a report's figures): greens for
// done or ahead, blue on schedule, amber to red behind, greys where there is no judgement.
import type { Rating } from './progress';

export const RATING_COLORS: Record<Rating | 'unreported', string> = {
  done: '#1b7a3d',
  ahead: '#3fa34d',
  'on-track': '#2f6db5',
  lagging: '#e39b1b',
  'not-started': '#b3261e',
  dropped: '#607d8b',
  unreported: '#cfcfcf',
};
