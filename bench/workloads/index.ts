// The workloads `npm run bench` runs, in order.
import type { Workload } from '../workload';
import { evaluateWorkload } from './evaluate';

export const workloads: Workload[] = [evaluateWorkload];
