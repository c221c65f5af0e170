// The workloads `npm run bench` runs, in order.
import type { Workload } from '../workload';
import { reportDocxWorkload } from './report-docx';
import { evaluateWorkload } from './evaluate';
import { importWorkload } from './import';

export const workloads: Workload[] = [evaluateWorkload, importWorkload, reportDocxWorkload];
