// The 指标框架 tab: the plan's indicators edited in place, the indicator editor, and the plan edits behind undo.
export { FrameworkScreen } from './FrameworkScreen';
