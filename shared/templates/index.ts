// Data-collection templates: generate one .xlsx per department for the figures a project needs, and read the filled
// files back exactly, with no mapping and no questions.
export * from './types';
export { buildTemplates } from './build';
export { recogniseTemplate } from './recognise';
export { readTemplate } from './read';
export { frameworkVersion } from './fingerprint';
export { UNSPECIFIED_DEPARTMENT, departmentOf, groupByDepartment } from './departments';
export { validRange } from './valid-range';
export type { ValidRange } from './valid-range';
export { METADATA_SHEET } from './metadata-sheet';
