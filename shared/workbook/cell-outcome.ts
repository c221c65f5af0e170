// What reading one value cell came to, and the notes a reader leaves on a cell for the user.
import { joinLanguages } from '../base';
import type { Message } from '../i18n';

/**
 * A value cell read as a number, left empty (missing), read with a footnote (flagged), not readable (error), or
 * left out because its region is not one of the plan's and was not kept as a benchmark.
 */
export type CellOutcome = 'value' | 'missing' | 'flagged' | 'error' | 'left-out';

/** A note on one cell: a footnote stripped, a unit assumed, a text that is not a number. */
export interface CellFinding {
  /** A1 address. */
  cell: string;
  code: string;
  /** Both languages, "中文 (English)", as the command line prints it. */
  message: string;
  /** The same note in each language, so that a screen shows the one it speaks (and the other on demand). */
  text: Message;
}

/** A finding on `cell` that says `text`. */
export function cellFinding(cell: string, code: string, text: Message): CellFinding {
  return { cell, code, message: joinLanguages(text), text };
}
