// The workbook export: the same figures read back through SheetJS, and no text that could run as a formula.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { valueSet } from '../../../shared/model';
import { neutraliseFormula, writeReportXlsx } from '../../../shared/report/xlsx';
import { sampleReport } from './sample-report';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(['技术合同成交额', '2550.82', '', "'=already"])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('writeReportXlsx', () => {
  const { plan, evaluation, observations } = sampleReport();
  // A hostile file name and cell text, as an imported spreadsheet might carry.
  const hostile = observations.map((o, i) =>
    i === 0 ? { ...o, source: { ...o.source!, fileName: '=HYPERLINK("http://x","y")', rawText: '+cmd|/c calc', citation: '@SUM(1)' } } : o,
  );
  const bytes = writeReportXlsx({ plan, evaluation, values: valueSet(hostile), lang: 'zh' });
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });

  it('has the three sheets', () => {
    expect(wb.SheetNames).toEqual(['评估结果', '数据来源', '数据质量']);
  });

  it('reads back the scorecard with the engine’s figures, as numbers', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['评估结果']);
    expect(rows).toHaveLength(evaluation.indicators.length + evaluation.regions.length);
    for (const r of evaluation.indicators) {
      const row = rows.find((x) => x['指标ID'] === r.indicatorId && x['地区'] === r.region)!;
      expect(row['现值']).toBe(r.latest?.value);
      expect(row['完成度']).toBe(r.completion ?? undefined);
      expect(row['时序进度']).toBe(r.timeProgress ?? undefined);
      expect(row['得分']).toBe(r.score ?? undefined);
      expect(row['预测值']).toBe(r.projection?.value);
    }
    const contracts = rows.find((x) => x['指标ID'] === 'tech-contracts' && x['地区'] === '全市')!;
    expect(contracts['判断']).toBe('滞后');
  });

  it('lists every observation with its source', () => {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['数据来源']);
    expect(rows).toHaveLength(observations.length);
    const rd2023 = rows.find((x) => x['指标ID'] === 'rd-intensity' && x['地区'] === '全市' && x['年份'] === 2023)!;
    expect(rd2023['数值']).toBe(3.44);
    expect(rd2023['出处']).toBe('广州城市创新指数报告(2024)');
    expect(rows.filter((x) => x['示例数据'] === '示例数据')).toHaveLength(observations.filter((o) => o.illustrative).length);
  });

  it('writes formula-like text as neutralised plain text, never as a formula', () => {
    const ws = wb.Sheets['数据来源'];
    const texts = Object.entries(ws)
      .filter(([address]) => !address.startsWith('!'))
      .map(([, cell]) => cell as XLSX.CellObject);
    expect(texts.some((c) => c.f !== undefined)).toBe(false);
    const values = texts.map((c) => c.v);
    expect(values).toContain(`'=HYPERLINK("http://x","y")`);
    expect(values).toContain(`'+cmd|/c calc`);
    expect(values).toContain(`'@SUM(1)`);
    const cell = texts.find((c) => c.v === `'=HYPERLINK("http://x","y")`)!;
    expect(cell.t).toBe('s');
  });
});
