// Frozen evaluation rounds (评估轮次): the values at a cut-off, frozen with the plan and settings and evaluated once, their file, and the diff of two.
export { ROUND_KINDS, roundName, roundStamp } from './model';
export type { Round, RoundFile, RoundInputs, RoundKind, RoundStamp, RoundTasks, RoundValues } from './model';
export { cutoffEnd, localDate, progressAtCutoff, valuesAtCutoff } from './cutoff';
export { RoundError } from './errors';
export type { RoundErrorCode } from './errors';
export { checkRoundFields, freezeRound, roundHash, roundIntact } from './freeze';
export type { FreezeInput } from './freeze';
export { readRoundFile, roundFromRow, roundToRow, ROUND_FORMAT, ROUND_FORMAT_VERSION, writeRoundFile } from './file';
export { roundValueAt, roundValueCount, roundValues, roundValueSet, roundSource } from './values';
export { diffRounds } from './diff';
export type { IndicatorChange, RevisedValue, RoundDiff, RoundFigures } from './diff';
