// Widgets the screens share: the header, dialogs and their buttons, the file drop area, the 示例数据 mark, original files.
export { AppHeader } from './AppHeader';
export { CancelSubmitButtons } from './CancelSubmitButtons';
export { ConfirmProvider, useConfirm } from './confirm';
export { Dialog } from './Dialog';
export { ErrorListDialog } from './ErrorListDialog';
export { FileDropZone } from './FileDropZone';
export { OpenOriginalButton, SourceCellView, useKeptOriginals } from './OriginalFile';
export { RowDeleteButton } from './RowDeleteButton';
export { SampleBadge } from './SampleBadge';
export { TextPromptDialog } from './TextPromptDialog';
export { useBusyTask } from './use-busy-task';
