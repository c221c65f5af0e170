// Status counts of an evaluation's results, and where two sets of counts disagree: how a peer shows it did the same work.
import type { StatusCode } from '../../shared/model';

export type StatusCounts = Partial<Record<StatusCode, number>>;

/** How many results have each status (statuses no result has are left out). */
export function statusCounts(results: readonly { status: StatusCode }[]): StatusCounts {
  const counts: StatusCounts = {};
  for (const { status } of results) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Each status whose count differs, e.g. "ahead: 120 against 118"; none when the counts agree. */
export function countDifferences(ours: StatusCounts, theirs: StatusCounts): string[] {
  const statuses = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort() as StatusCode[];
  return statuses.filter((s) => (ours[s] ?? 0) !== (theirs[s] ?? 0)).map((s) => `${s}: ${ours[s] ?? 0} against ${theirs[s] ?? 0}`);
}
