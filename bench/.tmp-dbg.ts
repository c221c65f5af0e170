import { dashboardWorkload } from './workloads/dashboard';
import { appImportWorkload } from './workloads/app-import';
const t = performance.now();
console.log(await dashboardWorkload.run(), (performance.now() - t) / 1000);
console.log(await appImportWorkload.run(), (performance.now() - t) / 1000);
