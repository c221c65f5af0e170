// Observations grouped once into one series per indicator and region, sorted by year, one value a year.
import type { ObservationInput } from '../model';

/** indicator id → region → observations in input order. */
export type GroupedObservations = Map<string, Map<string, ObservationInput[]>>;

/** Two observations for the same indicator, region and year with different values; the later one is used. */
export interface Conflict {
  replaced: ObservationInput;
  kept: ObservationInput;
}

export interface Series {
  /** Sorted by year, at most one per year, only finite values. */
  points: ObservationInput[];
  conflicts: Conflict[];
}

/** Group observations by indicator and region in one pass over the array. */
export function groupObservations(observations: readonly ObservationInput[]): GroupedObservations {
  const groups: GroupedObservations = new Map();
  // Imports arrive indicator by indicator (and often region by region), so the previous map and bucket are usually the next ones too.
  let lastIndicator: string | undefined;
  let lastRegion: string | undefined;
  let byRegion = new Map<string, ObservationInput[]>();
  let bucket: ObservationInput[] = [];
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i];
    if (observation.indicatorId !== lastIndicator) {
      lastIndicator = observation.indicatorId;
      lastRegion = undefined;
      const known = groups.get(lastIndicator);
      if (known) byRegion = known;
      else groups.set(lastIndicator, (byRegion = new Map()));
    }
    if (observation.region !== lastRegion) {
      lastRegion = observation.region;
      const known = byRegion.get(lastRegion);
      if (known) bucket = known;
      else byRegion.set(lastRegion, (bucket = []));
    }
    bucket.push(observation);
  }
  return groups;
}

/**
 * Sort one bucket by year (stable, so input order survives within a year) and keep the last value of each
 * year, recording a conflict whenever a later value differs from the one it replaces. Values that are not
 * finite numbers are not data and are left out.
 */
export function toSeries(bucket: readonly ObservationInput[]): Series {
  const finite = bucket.every((o) => Number.isFinite(o.value)) ? bucket : bucket.filter((o) => Number.isFinite(o.value));
  let ordered = true;
  for (let i = 1; i < finite.length; i++) {
    if (finite[i].year <= finite[i - 1].year) {
      ordered = false;
      break;
    }
  }
  if (ordered) return { points: finite as ObservationInput[], conflicts: [] };
  const sorted = [...finite].sort((a, b) => a.year - b.year);
  const points: ObservationInput[] = [];
  const conflicts: Conflict[] = [];
  for (const observation of sorted) {
    const previous = points[points.length - 1];
    if (previous && previous.year === observation.year) {
      if (previous.value !== observation.value) conflicts.push({ replaced: previous, kept: observation });
      points[points.length - 1] = observation;
    } else {
      points.push(observation);
    }
  }
  return { points, conflicts };
}

/** The points up to and including `year`. */
export function upTo(points: ObservationInput[], year: number): ObservationInput[] {
  let end = points.length;
  while (end > 0 && points[end - 1].year > year) end--;
  return end === points.length ? points : points.slice(0, end);
}
