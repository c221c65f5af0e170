// Observations grouped once into one series per indicator and region, sorted by year, one value a year.
import type { ObservationInput } from '../model';

/** Observations grouped by indicator and region, each bucket in input order. */
export interface GroupedObservations {
  /** indicator id → region → index of its bucket; regions in order of first appearance. */
  slots: Map<string, Map<string, number>>;
  buckets: ObservationInput[][];
}

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

/**
 * Group observations by indicator and region: one pass finds each observation's bucket and counts the
 * buckets' sizes, a second fills buckets allocated at their final size.
 */
export function groupObservations(observations: readonly ObservationInput[]): GroupedObservations {
  const slots = new Map<string, Map<string, number>>();
  const slotOf = new Int32Array(observations.length);
  const sizes: number[] = [];
  // Per bucket: its region and the region map it belongs to.
  const regionOf: string[] = [];
  const ownerOf: Map<string, number>[] = [];
  // Imports arrive indicator by indicator (and often region by region), so the previous map and slot are usually the next ones too.
  let lastIndicator: string | undefined;
  let lastRegion: string | undefined;
  let byRegion = new Map<string, number>();
  let slot = -1;
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i];
    if (observation.indicatorId !== lastIndicator) {
      lastIndicator = observation.indicatorId;
      lastRegion = undefined;
      const known = slots.get(lastIndicator);
      if (known) byRegion = known;
      else slots.set(lastIndicator, (byRegion = new Map()));
    }
    if (observation.region !== lastRegion) {
      lastRegion = observation.region;
      // Within an indicator, rows often cycle through the regions year by year: try the next bucket before a lookup.
      const next = slot + 1;
      if (next < sizes.length && regionOf[next] === lastRegion && ownerOf[next] === byRegion) slot = next;
      else {
        const known = byRegion.get(lastRegion);
        if (known !== undefined) slot = known;
        else {
          slot = sizes.length;
          byRegion.set(lastRegion, slot);
          sizes.push(0);
          regionOf.push(lastRegion);
          ownerOf.push(byRegion);
        }
      }
    }
    slotOf[i] = slot;
    sizes[slot]++;
  }
  const buckets: ObservationInput[][] = sizes.map((size) => new Array<ObservationInput>(size));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < observations.length; i++) {
    const s = slotOf[i];
    buckets[s][filled[s]++] = observations[i];
  }
  return { slots, buckets };
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
