// The 数据 tab: the project's stored values, each with where it came from.
export { DataScreen } from './DataScreen';
