// The planeval command line: the same shared/ functions as the app, so figures never disagree.
import { t } from '../shared/i18n';
import { commands } from './commands';
import { bothLanguages, label } from './text';

const SYNOPSIS = 'planeval <command> [options]';

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  ${c.name.padEnd(10)} ${t(c.summary, 'zh')}\n  ${' '.repeat(10)} ${t(c.summary, 'en')}`);
    process.stderr.write([SYNOPSIS, '', `${label('cli.usage.commands')}:`, ...list, bothLanguages('cli.usage.more')].join('\n') + '\n');
    return name ? 2 : 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    process.stderr.write(`planeval ${command.name}: ${(error as Error).message}\n`);
    return 1;
  }
}
