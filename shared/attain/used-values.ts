// The values an evaluation uses, by the engine's own rule (per indicator and region, one a year: the later of two,
// only finite numbers, up to the as-of year): what a report states and a chart draws, never worked out a second way.
import { seriesKey } from '../base';
import type { ObservationInput, ValueSet } from '../model';
import { endUpTo, groupValues } from './series';

/** The used values of every series, as positions into the values they were chosen from. */
export class UsedValues {
  private constructor(
    private readonly values: ValueSet,
    private readonly seriesOf: Map<string, number>,
    /** Series s uses positions origin[start[s]] … origin[start[s + 1] − 1], in year order. */
    private readonly start: Int32Array,
    private readonly origin: Int32Array,
  ) {}

  /** The values an evaluation of `values` at `asOf` uses. */
  static of(values: ValueSet, asOf: number): UsedValues {
    const table = groupValues(values);
    const { index } = table;
    const seriesOf = new Map<string, number>();
    const start = new Int32Array(index.count + 1);
    let total = 0;
    for (let s = 0; s < index.count; s++) {
      seriesOf.set(seriesKey(index.indicatorIds[index.indicatorOf[s]!]!, index.regionNames[index.regionOf[s]!]!), s);
      start[s] = total;
      total += endUpTo(table, s, asOf) - table.start[s]!;
    }
    start[index.count] = total;
    // The grouping's columns are reused by the next evaluation: keep a copy of the positions only.
    const origin = new Int32Array(total);
    for (let s = 0; s < index.count; s++) origin.set(table.origin.subarray(table.start[s]!, table.start[s]! + start[s + 1]! - start[s]!), start[s]!);
    return new UsedValues(values, seriesOf, start, origin);
  }

  /** The used values of `indicatorId` in `region`, in year order. */
  points(indicatorId: string, region: string): ObservationInput[] {
    const s = this.seriesOf.get(seriesKey(indicatorId, region));
    if (s === undefined) return [];
    const points: ObservationInput[] = [];
    for (let k = this.start[s]!; k < this.start[s + 1]!; k++) points.push(this.values.observationAt(this.origin[k]!));
    return points;
  }

  /** The used value of `indicatorId` in `region` for `year`, if there is one. */
  at(indicatorId: string, region: string, year: number): ObservationInput | undefined {
    return this.points(indicatorId, region).find((o) => o.year === year);
  }
}
