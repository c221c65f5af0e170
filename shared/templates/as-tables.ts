// A template reading in the import engine's shapes: one detected and mapped table per department sheet, so the
// wizard and importFile show a filled template like any other file, with nothing to map or ask.
import { t } from '../i18n';
import type { DetectedTable, MappedTable } from '../ingest/types';
import type { TemplateReading } from './types';

/** One department sheet as a table and its mapping. */
export interface TemplateTable {
  table: DetectedTable;
  mapped: MappedTable;
}

/** The tables of a template reading, in the order of its sheets. */
export function templateTables(reading: TemplateReading): TemplateTable[] {
  return reading.sheets.map((sheet) => {
    const observations = reading.observations.filter((o) => o.sheet === sheet.sheet);
    const findings = reading.findings.filter((f) => f.sheet === sheet.sheet).map(({ sheet: _sheet, ...finding }) => finding);
    const years = observations.map((o) => o.year);
    const table: DetectedTable = {
      key: `${sheet.sheet}!${sheet.headerRow + 1}`,
      sheet: sheet.sheet,
      range: sheet.range,
      layout: 'indicators-by-years',
      headerRows: [sheet.headerRow],
      dataRows: sheet.dataRows,
      labelColumn: 1,
      valueColumns: sheet.yearColumns,
      unitColumn: 2,
      // The caption stands where a table's own title would, and the template's own title is Chinese.
      title: t('templates.caption', 'zh', { department: sheet.department, templateId: sheet.templateId }),
    };
    const mapped: MappedTable = {
      observations,
      unmapped: [],
      unknownRegions: [],
      findings,
      cellOutcomes: sheet.cellOutcomes,
      summary: {
        values: observations.length,
        indicators: new Set(observations.map((o) => o.indicator)).size,
        regions: new Set(observations.map((o) => o.region)).size,
        years: years.length > 0 ? [Math.min(...years), Math.max(...years)] : null,
        flagged: Object.values(sheet.cellOutcomes).filter((o) => o === 'flagged').length,
      },
    };
    return { table, mapped };
  });
}
