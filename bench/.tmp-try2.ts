import { coldStartWorkload } from './workloads/cold-start';
import { dashboardWorkload } from './workloads/dashboard';
const t = performance.now();
console.log(await coldStartWorkload.run(), (performance.now() - t) / 1000);
console.log(await dashboardWorkload.run(), (performance.now() - t) / 1000);
