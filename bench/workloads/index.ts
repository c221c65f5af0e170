// The workloads `npm run bench` runs, in order.
import type { Workload } from '../workload';

export const workloads: Workload[] = [];
