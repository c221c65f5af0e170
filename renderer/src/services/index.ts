// What the screens share: language, formatting (dates, sizes), the route, notices, the open project, its evaluation and its ledger, file dialogs.
export { asOfYears } from './as-of-years';
export { openBackupFile, openProjectCopy, saveFullBackup, saveProjectCopy } from './backup-files';
export { formatBytes } from './format-bytes';
export { formatDateTime } from './format';
export { I18nProvider, useLanguage, useT } from './i18n';
export { planSheetFilters } from './plan-sheet-files';
export { ProjectProvider, useProject } from './project-context';
export { prefetchProjectValues } from './project-values';
export { RouterContext, useRouter, type Route, type Router } from './router';
export { ToastProvider, useToast } from './toast';
export { useEvaluation } from './use-evaluation';
export { useLedger, type LedgerState } from './use-ledger';
