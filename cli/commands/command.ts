// What every planeval command provides to the dispatcher in cli/main.ts.

export interface Command {
  name: string;
  /** Dictionary key of the one-line summary `planeval` lists. */
  summary: string;
  /** argv after the command name; resolves to the exit code. Writes its output to process.stdout. */
  run(argv: string[]): Promise<number>;
}
