// Plan spreadsheets: import (parsePlanSheet) and export (writePlanSheet) of an indicator framework.
export { parsePlanSheet, planNameFromFile, WHOLE_AREA_REGION } from './parse';
export { writePlanSheet } from './write';
export { describePlanSheetError, type PlanSheetError, type PlanSheetResult } from './errors';
export { COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
