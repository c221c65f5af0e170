// The dictionary's messages, one table per area of the app; keys are "<area>.<name>".
import type { MessageTable } from '../message';
import { attain } from './attain';
import { cli } from './cli';
import { common } from './common';
import { dashboard } from './dashboard';
import { desktop } from './desktop';
import { division } from './division';
import { importMessages } from './import';
import { ingest } from './ingest';
import { ledger } from './ledger';
import { plan } from './plan';
import { printMessages } from './print';
import { report } from './report';
import { reportLayout } from './report-layout';
import { reportUi } from './report-ui';
import { reportXlsx } from './report-xlsx';
import { revisions } from './revisions';
import { round } from './round';
import { safety } from './safety';
import { status } from './status';
import { tasks } from './tasks';
import { tasksReport } from './tasks-report';
import { taskTemplates } from './task-templates';
import { templates } from './templates';
import { ui } from './ui';
import { wizard } from './wizard';

/** Every table, in the order they were written (a key is in exactly one). */
export const MESSAGE_TABLES: readonly MessageTable[] = [common, status, attain, plan, desktop, ingest, ui, report, importMessages, dashboard, safety, reportUi, templates, reportXlsx, printMessages, cli, wizard, reportLayout, ledger, revisions, round, tasks, tasksReport, division, taskTemplates];
