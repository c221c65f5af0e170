// The workloads `npm run bench` runs, in order (cold-start before dashboard: the dashboard changes the stored as-of year).
import type { Workload } from '../workload';
import { appExportDocxWorkload } from './app-export-docx';
import { appImportWorkload } from './app-import';
import { coldStartWorkload } from './cold-start';
import { dashboardWorkload } from './dashboard';
import { evaluateWorkload } from './evaluate';
import { importWorkload } from './import';
import { reportDocxWorkload } from './report-docx';
import { reportTasksWorkload } from './report-tasks';
import { storeWorkload } from './store';

export const workloads: Workload[] = [
  evaluateWorkload,
  importWorkload,
  reportDocxWorkload,
  reportTasksWorkload,
  storeWorkload,
  coldStartWorkload,
  dashboardWorkload,
  appImportWorkload,
  appExportDocxWorkload,
];
