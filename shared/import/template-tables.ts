// A template reading in the import engine's shapes: one detected and mapped table per department sheet, so the
// wizard and importFile show a filled template like any other file, with nothing to map or ask.
import { t } from '../i18n';
import type { DetectedTable, MappedTable } from '../ingest';
import type { TemplateReading } from '../templates';
import type { AnalysedTable } from './session';

/** The tables of a template reading, in the order of its sheets. */
export function templateTables(reading: TemplateReading): Required<AnalysedTable>[] {
  return reading.sheets.map((sheet) => {
    const { values } = sheet;
    const findings = reading.findings.filter((f) => f.sheet === sheet.sheet).map(({ sheet: _sheet, ...finding }) => finding);
    let first = Infinity;
    let last = -Infinity;
    for (const year of values.years) {
      if (year < first) first = year;
      if (year > last) last = year;
    }
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
      values,
      unmapped: [],
      unknownRegions: [],
      findings,
      cellOutcomes: sheet.cellOutcomes,
      summary: {
        values: values.years.length,
        indicators: values.indicatorIds.distinct.length,
        regions: values.regions.distinct.length,
        years: values.years.length > 0 ? [first, last] : null,
        flagged: Object.values(sheet.cellOutcomes).filter((o) => o === 'flagged').length,
      },
    };
    return { table, mapped };
  });
}
