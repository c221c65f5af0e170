// The errors a round reports: a cut-off that is not a date, a round file that is damaged, foreign or altered.
import { PlanevalError } from '../base';

export type RoundErrorCode = 'bad-cutoff' | 'bad-kind' | 'bad-year' | 'not-a-round' | 'newer-format' | 'malformed' | 'hash-mismatch' | 'no-round';

export class RoundError extends PlanevalError<RoundErrorCode> {}
