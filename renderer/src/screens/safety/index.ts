// 数据安全 / Data safety: full backups, restore (replace or merge), the automatic snapshots and the storage in use.
export { SafetyScreen } from './SafetyScreen';
