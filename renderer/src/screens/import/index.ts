// The 导入 tab: the import wizard (read, check, correct, import each file in one step) and the import history.
export { ImportScreen } from './ImportScreen';
// The values an analysed file gives, for the benchmark hooks' run of the app's own import path (bench-hooks.ts).
export { incomingValues } from './summary';
