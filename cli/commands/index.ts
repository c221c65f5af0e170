// The registry of planeval commands; each lives in its own file here.
import type { Command } from './command';
import { reportCommand } from './report';
import { planCommand } from './plan';
import { importCommand } from './import';
import { evaluateCommand } from './evaluate';
import { templateCommand } from './template';
import { tasksCommand } from './tasks';
import { roundCommand } from './round';

export const commands: Command[] = [planCommand, importCommand, evaluateCommand, reportCommand, templateCommand, roundCommand, tasksCommand];
