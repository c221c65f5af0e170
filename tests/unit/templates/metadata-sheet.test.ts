// The hidden `_planeval` sheet: one record a row, in a fixed order, and read back to exactly what was written.
import { describe, expect, it } from 'vitest';
import { METADATA_SHEET, metadataRows, parseMetadataSheet } from '../../../shared/templates/metadata-sheet';
import type { LayoutValue } from '../../../shared/templates/sheet-layout';
import type { TemplateInfo } from '../../../shared/templates/types';
import type { SheetGrid } from '../../../shared/workbook';

const INFO: TemplateInfo = {
  projectId: 'project-a',
  projectName: '中期评估',
  planId: 'gz-st-14th',
  frameworkVersion: 'fw-1a2b',
  createdAt: '2024-01-15T08:00:00.000Z',
  deadline: '2024-03-31',
  contact: '规划处 张三 020-12345678',
  indicators: [{ id: 'rd-intensity', name: 'R&D经费投入强度', unit: '%', definition: '研发经费占地区生产总值的比重' }],
  templates: [
    {
      templateId: 'tpl-1',
      department: '市统计局',
      sheet: '市统计局',
      indicatorIds: ['rd-intensity'],
      years: [2023],
      regions: ['全市'],
      inputs: [{ cell: 'F4', indicatorId: 'rd-intensity', region: '全市', year: 2023, min: 0, max: 100 }],
      notes: ['H4'],
      fixed: [{ cell: 'A1', value: '数据采集表' }],
    },
  ],
};

/** The sheet as the import reads it back: empty cells are absent. */
function grid(rows: LayoutValue[][]): SheetGrid {
  return {
    name: METADATA_SHEET,
    rows: rows.map((row) => row.map((value) => (value === null ? undefined : { value }))),
    rowCount: rows.length,
    columnCount: Math.max(...rows.map((row) => row.length)),
    merges: [],
  };
}

describe('metadataRows', () => {
  it('writes the project and then one record for each text field, in a fixed order', () => {
    expect(metadataRows(INFO).slice(0, 7)).toEqual([
      ['planeval-template', 1],
      ['project', 'project-a', '中期评估'],
      ['plan', 'gz-st-14th'],
      ['framework', 'fw-1a2b'],
      ['created', '2024-01-15T08:00:00.000Z'],
      ['deadline', '2024-03-31'],
      ['contact', '规划处 张三 020-12345678'],
    ]);
  });
});

describe('parseMetadataSheet', () => {
  it('reads back exactly what metadataRows wrote', () => {
    expect(parseMetadataSheet(grid(metadataRows(INFO)))).toEqual(INFO);
  });

  it('reads a deadline and contact left empty as empty text', () => {
    const info = { ...INFO, deadline: '', contact: '' };
    expect(parseMetadataSheet(grid(metadataRows(info)))).toEqual(info);
  });

  it('is not fooled by a sheet without the PlanEval mark', () => {
    expect(parseMetadataSheet(grid([['something else', 1], ['project', 'p', 'n']]))).toBeNull();
  });
});
