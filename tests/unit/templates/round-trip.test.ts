// A filled template imports with no mapping and no questions: every value on its indicator, region and year; empty
// cells are "not provided by <department>"; out-of-range values, edits outside the inputs, another project's template
// and an older framework are findings that say what and where.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../../shared/ingest';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { buildTemplates, frameworkVersion, readTemplate, recogniseTemplate, type TemplateRequest } from '../../../shared/templates';
import { fillCells, inputCellOf } from './fill';
import { draftsOf, importFile, type FileImportResult } from '../../../shared/import';

const plan = guangzhouPlan();

function template(overrides: Partial<TemplateRequest> = {}) {
  return buildTemplates({
    plan,
    projectId: 'project-a',
    projectName: '中期评估',
    indicators: ['platforms', 'tech-contracts', 'rd-intensity', 'sci-literacy'],
    years: [2022, 2023],
    regions: ['全市', '黄埔区'],
    grouping: 'one-workbook',
    previousValues: [],
    frameworkVersion: frameworkVersion(plan),
    createdAt: '2024-01-15T08:00:00.000Z',
    ...overrides,
  })[0]!;
}

const observations = (result: FileImportResult) => result.sheets.flatMap((s) => s.tables.flatMap((t) => t.observations));
const findings = (result: FileImportResult) => result.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings.map((f) => ({ ...f, sheet: s.sheet }))));

describe('importing a filled template', () => {
  it('puts every value on the indicator, region and year of its cell, with nothing to map', async () => {
    const file = template();
    // Hand-picked values, one per input cell: 3 departments × their indicators × 2 regions × 2 years.
    const wanted = [
      ['市科技局', 'platforms', '全市', 2022, 301], ['市科技局', 'platforms', '全市', 2023, 315],
      ['市科技局', 'platforms', '黄埔区', 2022, 41], ['市科技局', 'platforms', '黄埔区', 2023, 44],
      ['市科技局', 'tech-contracts', '全市', 2022, 2645.5], ['市科技局', 'tech-contracts', '全市', 2023, 3013.09],
      ['市科技局', 'tech-contracts', '黄埔区', 2022, 410.2], ['市科技局', 'tech-contracts', '黄埔区', 2023, 455],
      ['市统计局', 'rd-intensity', '全市', 2022, 3.43], ['市统计局', 'rd-intensity', '全市', 2023, 3.52],
      ['市统计局', 'rd-intensity', '黄埔区', 2022, 6.1], ['市统计局', 'rd-intensity', '黄埔区', 2023, 6.3],
      ['市科协', 'sci-literacy', '全市', 2022, 22.1], ['市科协', 'sci-literacy', '全市', 2023, 23.4],
      ['市科协', 'sci-literacy', '黄埔区', 2022, 24], ['市科协', 'sci-literacy', '黄埔区', 2023, 25],
    ] as const;
    const values: Record<string, Record<string, number>> = {};
    for (const [sheet, indicator, region, year, value] of wanted) (values[sheet] ??= {})[inputCellOf(file.bytes, sheet, indicator, region, year)] = value;

    const result = await importFile(fillCells(file.bytes, values), file.fileName, plan, { projectId: 'project-a' });
    expect(result.error).toBeUndefined();
    const got = observations(result).map((o) => [o.sheet, o.indicator, o.region, o.year, o.value]);
    expect(got).toHaveLength(wanted.length);
    expect(got).toEqual(expect.arrayContaining(wanted.map((w) => [...w])));
    expect(result.sheets.flatMap((s) => s.tables.flatMap((t) => t.unmapped))).toEqual([]);
    expect(findings(result)).toEqual([]);
    // Each value remembers its cell.
    const cell = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '黄埔区', 2023);
    expect(observations(result).find((o) => o.indicator === 'rd-intensity' && o.region === '黄埔区' && o.year === 2023)).toMatchObject({ cell, sheet: '市统计局', rawText: '6.3', unit: '%' });
  });

  it('reports empty input cells as not provided by the department, never as 0', async () => {
    const statistics = template({ indicators: ['rd-intensity'], years: [2023], regions: ['全市', '黄埔区'], grouping: 'per-file' });
    const filled = fillCells(statistics.bytes, { 市统计局: { [inputCellOf(statistics.bytes, '市统计局', 'rd-intensity', '全市', 2023)]: 3.52 } });
    const workbook = await readWorkbook(filled, statistics.fileName);
    const reading = readTemplate(workbook, plan, 'project-a')!;
    expect(reading.sheets.flatMap((s) => draftsOf(s.values, plan)).map((o) => [o.indicator, o.region, o.value])).toEqual([['rd-intensity', '全市', 3.52]]);
    expect(reading.notProvided).toEqual([
      { indicator: 'rd-intensity', region: '黄埔区', year: 2023, department: '市统计局', sheet: '市统计局', cell: inputCellOf(statistics.bytes, '市统计局', 'rd-intensity', '黄埔区', 2023) },
    ]);
    expect(reading.findings.map((f) => f.message)).toEqual(['市统计局未提供：R&D投入强度（黄埔区，2023年） (Not provided by 市统计局: R&D投入强度 (黄埔区, 2023))']);
  });

  it('does not import values outside the validation range, and says which cell and why', async () => {
    const file = template({ indicators: ['rd-intensity', 'platforms'], years: [2023], regions: ['全市'] });
    const share = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2023);
    const count = inputCellOf(file.bytes, '市科技局', 'platforms', '全市', 2023);
    const result = await importFile(fillCells(file.bytes, { 市统计局: { [share]: 352 }, 市科技局: { [count]: -3 } }), file.fileName, plan, { projectId: 'project-a' });
    expect(observations(result)).toEqual([]);
    const out = findings(result).filter((f) => f.code === 'template-out-of-range');
    expect(out.map((f) => [f.sheet, f.cell])).toEqual([
      ['市科技局', count],
      ['市统计局', share],
    ]);
    expect(out[1]!.message).toContain(`单元格 ${share} 的数值 352 超出填报范围 0–100`);
    expect(out[0]!.message).toContain('超出填报范围 ≥ 0');
  });

  it('reads a percentage typed with its sign, and refuses text that is not a number', async () => {
    const file = template({ indicators: ['rd-intensity'], years: [2022, 2023], regions: ['全市'] });
    const a = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2022);
    const b = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2023);
    const result = await importFile(fillCells(file.bytes, { 市统计局: { [a]: '3.43%', [b]: '约3.5' } }), file.fileName, plan);
    expect(observations(result).map((o) => [o.year, o.value])).toEqual([[2022, 3.43]]);
    expect(findings(result).map((f) => [f.code, f.cell])).toEqual([['template-not-a-number', b]]);
  });

  it('warns about edits outside the input cells, and does not read them', async () => {
    const file = template({ indicators: ['rd-intensity'], years: [2023], regions: ['全市'] });
    const input = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2023);
    // B4 is the indicator's name; Z4 is far outside the table.
    const result = await importFile(fillCells(file.bytes, { 市统计局: { [input]: 3.52, B4: '研发强度', Z4: 99 } }), file.fileName, plan);
    expect(observations(result).map((o) => o.value)).toEqual([3.52]);
    const edits = findings(result).filter((f) => f.code === 'template-edited-outside');
    expect(edits.map((f) => f.cell)).toEqual(['B4', 'Z4']);
    expect(edits[0]!.message).toContain('原为“R&D投入强度”，现为“研发强度”');
  });

  it('recognises another project’s template and explains it', async () => {
    const file = template({ indicators: ['rd-intensity'], years: [2023], regions: ['全市'] });
    const input = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2023);
    const result = await importFile(fillCells(file.bytes, { 市统计局: { [input]: 3.52 } }), file.fileName, plan, { projectId: 'project-b' });
    expect(findings(result).map((f) => f.message)).toEqual([expect.stringContaining('此采集表来自另一个项目“中期评估”')]);
    expect(observations(result).map((o) => o.value)).toEqual([3.52]);
  });

  it('recognises a template made for an older framework: renamed indicators import by id, a changed unit does not', async () => {
    const file = template({ indicators: ['rd-intensity', 'overseas-talent'], years: [2023], regions: ['全市'] });
    const newer = guangzhouPlan();
    newer.indicators.find((i) => i.id === 'rd-intensity')!.name = '研发经费投入强度';
    newer.indicators.find((i) => i.id === 'overseas-talent')!.unit = '人';
    const rd = inputCellOf(file.bytes, '市统计局', 'rd-intensity', '全市', 2023);
    const talent = inputCellOf(file.bytes, '市人社局', 'overseas-talent', '全市', 2023);
    const result = await importFile(fillCells(file.bytes, { 市统计局: { [rd]: 3.52 }, 市人社局: { [talent]: 0.41 } }), file.fileName, newer);
    expect(observations(result).map((o) => [o.indicator, o.value])).toEqual([['rd-intensity', 3.52]]);
    const changed = findings(result).filter((f) => f.code === 'template-framework-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.message).toMatch(/^指标框架已更新：此采集表生成于 2024-01-15/);
    expect(changed[0]!.message).toContain('指标 rd-intensity 的名称由“R&D投入强度”改为“研发经费投入强度”，数值按编号导入');
    expect(changed[0]!.message).toContain('指标“引进海外人才数”的单位由“万人”改为“人”，其数值未导入');
    // In one language each, the changes are listed in that language only.
    expect(changed[0]!.text.zh).toContain('指标 rd-intensity 的名称由“R&D投入强度”改为“研发经费投入强度”');
    expect(changed[0]!.text.zh).not.toMatch(/renamed|unit of/);
    expect(changed[0]!.text.en).toMatch(/^The indicator framework has changed since this template was made \(2024-01-15\)\. /);
    expect(changed[0]!.text.en).toContain('Indicator rd-intensity was renamed from "R&D投入强度" to "研发经费投入强度"; values are imported by id.');
    expect(changed[0]!.message).toBe(`${changed[0]!.text.zh} (${changed[0]!.text.en})`);
  });

  it('leaves other workbooks to the table detection', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['指标', '2022年', '2023年'], ['R&D投入强度', 3.43, 3.52]]), 'Sheet1');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(recogniseTemplate(await readWorkbook(bytes, 'plain.xlsx'))).toBeNull();
    const result = await importFile(bytes, 'plain.xlsx', plan);
    expect(observations(result).map((o) => [o.indicator, o.year, o.value])).toEqual([
      ['rd-intensity', 2022, 3.43],
      ['rd-intensity', 2023, 3.52],
    ]);
  });
});
