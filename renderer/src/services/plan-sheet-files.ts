// The file types a plan spreadsheet may come in, for the open and save dialogs.
import type { FileFilter } from '../../../shared/ipc';

/** Excel workbooks and CSV, labelled in the user's language. */
export function planSheetFilters(t: (key: string) => string): FileFilter[] {
  return [{ name: t('ui.filter.spreadsheet'), extensions: ['xlsx', 'xls', 'csv'] }];
}
