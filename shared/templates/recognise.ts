// recogniseTemplate: whether a workbook is a PlanEval data-collection template, and what its hidden cell map says.
import type { ReadWorkbook } from '../workbook';
import { METADATA_SHEET, parseMetadataSheet } from './metadata-sheet';
import type { TemplateInfo } from './types';

/** The template's project, framework version and cell map; null for any other workbook. */
export function recogniseTemplate(workbook: ReadWorkbook): TemplateInfo | null {
  const sheet = workbook.sheets.find((s) => s.name === METADATA_SHEET);
  return sheet ? parseMetadataSheet(sheet) : null;
}
