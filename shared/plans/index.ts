// The plans built in: the Guangzhou S&T 14th Five-Year Plan, its task ledger and its sample project's values (示例数据 marked).
export { GZ_PLAN_ID, guangzhouPlan } from './gz-st-14th';
export { guangzhouLedger } from './gz-st-14th-ledger';
export { builtinLedger, LEDGER_PLAN_IDS } from './builtin-ledgers';
export { GZ_SAMPLE_AS_OF, GZ_SAMPLE_NAME, GZ_SOURCES, gzSampleObservations, ILLUSTRATIVE_CITATION } from './gz-sample';
