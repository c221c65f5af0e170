// A planeval command from its help text, its options and what it does with them, so that every command parses its
// arguments, answers --help and reports a misuse in the same way.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Command } from './command';
import { bothLanguages } from '../text';

/** A command's parseArgs settings (options, positionals, negation); the arguments come from the dispatcher. */
type ArgsConfig = Omit<ParseArgsConfig, 'args'>;
type ParsedArgs<C extends ArgsConfig> = ReturnType<typeof parseArgs<C>>;

/** Prints the problem (when there is one) and the help to stderr; the exit code of a misuse. */
export type Usage = (problem?: string) => number;

export interface CommandSpec<C extends ArgsConfig> {
  name: string;
  /** Dictionary key of the one-line summary `planeval` lists. */
  summary: string;
  /** How the command is typed, option names as on the command line: the first lines of the help. */
  synopsis: string;
  /** Dictionary keys of what the options do, printed in both languages under the synopsis, in turn. */
  help: string | readonly string[];
  /** Parameters of the help text. */
  helpParams?: Record<string, string | number>;
  /** The command's options; --help (-h) is added to them. */
  args: C;
  /** Resolves to the exit code. Writes its output to process.stdout. */
  run(parsed: ParsedArgs<C>, usage: Usage): Promise<number>;
}

/** The Command for `spec`: --help prints the help and exits 0, a misuse reported through `usage` exits 2. */
export function defineCommand<const C extends ArgsConfig>(spec: CommandSpec<C>): Command {
  const help = [spec.synopsis, ...[spec.help].flat().map((key) => bothLanguages(key, spec.helpParams, '  '))].join('\n');
  const usage: Usage = (problem) => {
    process.stderr.write(problem === undefined ? `${help}\n` : `${problem}\n\n${help}\n`);
    return 2;
  };
  return {
    name: spec.name,
    summary: spec.summary,
    async run(argv) {
      // TypeScript cannot follow the added option through the generic config; the parse is C's, plus the help flag.
      const parsed = parseArgs({ ...spec.args, args: argv, options: { ...spec.args.options, help: { type: 'boolean', short: 'h' } } }) as ParsedArgs<C> & {
        values: { help?: boolean };
      };
      if (parsed.values.help) {
        process.stdout.write(`${help}\n`);
        return 0;
      }
      return spec.run(parsed, usage);
    },
  };
}
