// The 重点任务 tab: the ledger's items with their progress per evaluation year, counts by rating, an item's page and form.
export { TasksScreen } from './TasksScreen';
