// A round's values: built from stored values as objects, and read back as the engine and the report read values.
import { observationAt, ValueColumnsBuilder, type Evaluation, type Observation, type Plan, type ValueExtras, type ValueSet } from '../model';
import type { Round, RoundFile, RoundTasks, RoundValues } from './model';

/** The values, in their order, as a round holds them (each file's fields once). */
export function roundValues(observations: readonly Observation[]): RoundValues {
  const columns = new ValueColumnsBuilder(observations.length);
  const files: RoundFile[] = [];
  const fileIndex = new Map<string, number>();
  const fileOf = new Uint32Array(observations.length);
  observations.forEach((o, i) => {
    const s = o.source;
    const extras: ValueExtras = {};
    if (o.illustrative !== undefined) extras.illustrative = o.illustrative;
    if (o.footnote !== undefined) extras.footnote = o.footnote;
    if (s.citation !== undefined) extras.citation = s.citation;
    columns.add(o.indicatorId, o.region, o.year, o.value, s.sheet, s.cell, s.rawText, Object.keys(extras).length > 0 ? extras : undefined);
    const key = `${s.fileName}\u0000${s.fileHash}\u0000${s.importedAt}`;
    let f = fileIndex.get(key);
    if (f === undefined) {
      f = files.push({ fileName: s.fileName, fileHash: s.fileHash, importedAt: s.importedAt }) - 1;
      fileIndex.set(key, f);
    }
    fileOf[i] = f;
  });
  return { ...columns.finish(), files, fileOf };
}

/** Value `i` of a round, with its provenance. */
export function roundValueAt(values: RoundValues, i: number, projectId = ''): Observation {
  const file = values.files[values.fileOf[i]!]!;
  return observationAt(values, i, { projectId, batchId: '', ...file });
}

/** How many values a round holds. */
export function roundValueCount(values: RoundValues): number {
  return values.years.length;
}

/** A round's values as the engine and the report writers take them: one run, and each value with its source. */
export function roundValueSet(values: RoundValues): ValueSet {
  return { runs: [values], observationAt: (position) => roundValueAt(values, position) };
}

/**
 * What every output of a round is made from, and only from: its plan, its stored evaluation, its values and its
 * ledger with the progress at its cut-off. Word, PDF, Excel, the HTML preview and the command line's JSON all take
 * these, so none can show another figure.
 */
export function roundSource(round: Round): { plan: Plan; evaluation: Evaluation; values: ValueSet; tasks?: RoundTasks } {
  const { plan, values, tasks } = round.inputs;
  return { plan, evaluation: round.evaluation, values: roundValueSet(values), ...(tasks ? { tasks } : {}) };
}
