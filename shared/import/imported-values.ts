// The values of imported files as the engine reads them, each an observation of its file's import when a report or
// a finding states it: what the command line evaluates, with no store in between.
import { observationAt, RunPositions, type Observation, type ValueColumns, type ValueOrigin, type ValueSet } from '../model';

/** Tables' values in import order, each run with the provenance its file gives. */
export class ImportedValues implements ValueSet {
  readonly runs: ValueColumns[] = [];
  private readonly origins: ValueOrigin[] = [];
  private readonly positions = new RunPositions();

  /** Appends one table's values, imported as `origin`. */
  add(values: ValueColumns, origin: ValueOrigin): void {
    this.runs.push(values);
    this.origins.push(origin);
    this.positions.push(values.years.length);
  }

  get size(): number {
    return this.positions.size;
  }

  observationAt(position: number): Observation {
    const { run, index } = this.positions.placeOf(position);
    return observationAt(this.runs[run]!, index, this.origins[run]!);
  }
}
