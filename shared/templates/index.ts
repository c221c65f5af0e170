// Data-collection templates: generate one .xlsx per department for the figures a project needs, and read the filled
// files back exactly, with no mapping and no questions.
export * from './types';
export { buildTemplates } from './build';
export { recogniseTemplate } from './recognise';
export { readTemplate } from './read';
export { frameworkVersion } from './fingerprint';
export { UNSPECIFIED_DEPARTMENT, departmentOf, groupByDepartment, groupItemsByDepartment } from './departments';
export { validRange } from './valid-range';
export type { ValidRange } from './valid-range';
export { METADATA_SHEET } from './metadata-sheet';
export type { NotReported, TaskField, TaskInputRow, TaskSheetMap, TaskTemplateFile, TaskTemplateInfo, TaskTemplateReading, TaskTemplateRequest } from './task-types';
export { TASK_FIELDS } from './task-types';
export { buildTaskTemplate } from './task-build';
export { readTaskTemplate, replacesProgress } from './task-read';
export type { ReadTaskTemplateOptions } from './task-read';
export { recogniseTaskTemplate, TASK_METADATA_SHEET } from './task-metadata';
