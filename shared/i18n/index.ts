// The one dictionary of user-facing text: Chinese first, English beside it, filled in by key.
export { messageKeys, t } from './dictionary';
export type { Language, Message, MessageTable } from './message';
