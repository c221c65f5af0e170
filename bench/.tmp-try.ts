import { storeWorkload } from './workloads/store';
console.log(await storeWorkload.run());
