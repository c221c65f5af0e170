// The registry of planeval commands; each lives in its own file here.
import type { Command } from './command';

export const commands: Command[] = [];
