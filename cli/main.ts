// The planeval command line: the same shared/ functions as the app, so figures never disagree.
import { commands } from './commands';

const USAGE = `planeval <command> [options]

Commands:
${'{list}'}
Run "planeval <command> --help" for a command's options.`;

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n');
    process.stderr.write(USAGE.replace('{list}', list) + '\n');
    return name ? 2 : 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    process.stderr.write(`planeval ${command.name}: ${(error as Error).message}\n`);
    return 1;
  }
}
