// The workbook export: a title row and Chinese headers, codes written as words, full values shown at each indicator's
// precision, frozen header, fitted columns and an A4 landscape print setup; and no text that could run as a formula.
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { COMPARATORS, defaultSettings, INDICATOR_KINDS, NATURES, STATUS_CODES, valueSet, type Evaluation, type Plan } from '../../../shared/model';
import { writeReportXlsx } from '../../../shared/report/xlsx';
import { neutraliseFormula } from '../../../shared/report/xlsx-table';
import { sampleReport } from './sample-report';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it.each(['技术合同成交额', '2550.82', '', "'=already"])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

const { plan, evaluation, observations } = sampleReport();
const HASH = 'ab'.repeat(32);
// A hostile file name and cell text, as an imported spreadsheet might carry, and a file hash to keep whole.
const hostile = observations.map((o, i) =>
  i === 0 ? { ...o, source: { ...o.source!, fileName: '=HYPERLINK("http://x","y")', rawText: '+cmd|/c calc', citation: '@SUM(1)', fileHash: HASH } } : o,
);
// A finding with a long message, as the data-quality checks write them.
const LONG_MESSAGE = '技术合同成交额2022年天河区数值较上年增长逾一倍,超过同比变动阈值,请核对原表是否将单位“万元”误作“亿元”。';
const withFinding: Evaluation = { ...evaluation, findings: [{ code: 'yoy-jump', message: LONG_MESSAGE, cells: [] }] };
const bytes = writeReportXlsx({ plan, evaluation: withFinding, values: valueSet(hostile), type: 'midterm', lang: 'zh' });
const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellStyles: true });
const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const SHEETS = ['评估结果', '数据来源', '数据质量'];
const sheetXml = (name: string) => parts[`xl/worksheets/sheet${SHEETS.indexOf(name) + 1}.xml`]!;

const PLAN_TITLE = '《广州市科技创新“十四五”规划》2023年中期评估';
/** What one A4 landscape page prints legibly of a result; the details follow outside the print area. */
const SCORECARD_HEADER = ['领域', '指标', '地区', '单位', '属性', '基期值', '比较符', '目标值', '最新年份', '现值', '完成度', '时序进度', '判断', '得分', '预测值', '所需努力'];
const SCORECARD_DETAILS = ['类型', '方向', '基期年份', '目标年份', '累计值', '进度比', '预测年份', '所需努力方法', '年均增长', '数据滞后', '红旗'];
const SOURCES_HEADER = ['指标', '地区', '年份', '数值', '单位', '文件', '工作表', '单元格', '原文', '导入时间', '出处', '示例数据'];
const QUALITY_HEADER = ['类型', '说明', '涉及单元格'];
/** The number format of each published precision: fixed decimals, no thousands separator (METHOD.md). */
const FORMAT_OF_PRECISION: Record<number, string> = { 0: '0', 1: '0.0', 2: '0.00' };

const rowsRead = new Map<string, Record<string, unknown>[]>();
/** The rows under the title (row 1) and the header (row 2), keyed by header. */
function rowsOf(sheet: string): Record<string, unknown>[] {
  if (!rowsRead.has(sheet)) rowsRead.set(sheet, XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[sheet]!, { range: 1 }));
  return rowsRead.get(sheet)!;
}

function headerOf(sheet: string): string[] {
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[sheet]!, { header: 1, range: 1 })[0]!;
}

/** The cell under `header` on the row where `match` holds, as SheetJS reads it (v: value, z: format, w: shown text). */
function cellOf(sheet: string, header: string, match: (row: Record<string, unknown>) => boolean): XLSX.CellObject {
  const r = rowsOf(sheet).findIndex(match);
  expect(r, `a row of ${sheet}`).toBeGreaterThanOrEqual(0);
  const c = headerOf(sheet).indexOf(header);
  return wb.Sheets[sheet]![XLSX.utils.encode_cell({ r: r + 2, c })] as XLSX.CellObject;
}

const wholeCity = (id: string) => (row: Record<string, unknown>) => row['指标ID'] === id && row['地区'] === '全市';
const resultOf = (id: string) => evaluation.indicators.find((r) => r.indicatorId === id)!;

/** Width in digit widths, a CJK or full-width character counting two: what a column must hold. */
const wide = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

/** Attributes of the first `tag` element of `xml`. */
function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*?)/?>`).exec(xml);
  expect(element, `<${tag}>`).not.toBeNull();
  return Object.fromEntries([...element![1]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The cellXfs entry a cell of `sheet` is styled with, and its font. */
function styleOf(sheet: string, address: string): { xf: string; font: string } {
  const s = new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheetXml(sheet))?.[1];
  expect(s, `style of ${address}`).toBeDefined();
  const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(parts['xl/styles.xml']!)![1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
  const fonts = [.../<fonts[^>]*>(.*?)<\/fonts>/.exec(parts['xl/styles.xml']!)![1]!.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
  const xf = xfs[Number(s)]!;
  return { xf, font: fonts[Number(attributes(xf, 'xf').fontId)]! };
}

describe('writeReportXlsx', () => {
  it('has the three sheets', () => {
    expect(wb.SheetNames).toEqual(SHEETS);
  });

  it('opens each sheet with a title row naming the plan in 《》, the year and the report type, across the printed columns', () => {
    expect(SHEETS.map((name) => wb.Sheets[name]!['A1']?.v)).toEqual([`${PLAN_TITLE} 指标完成情况`, `${PLAN_TITLE} 数据及来源`, `${PLAN_TITLE} 数据质量检查`]);
    expect(wb.Sheets['评估结果']!['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: SCORECARD_HEADER.length - 1 } }]);
  });

  it('names the report type in the title: annual monitoring and the final evaluation', () => {
    for (const [type, words] of [['annual', '2023年度监测'], ['final', '2023年总结评估']] as const) {
      const book = XLSX.read(writeReportXlsx({ plan, evaluation, values: valueSet(observations), type, lang: 'zh' }), { type: 'array' });
      expect(book.Sheets['评估结果']!['A1']?.v).toBe(`《广州市科技创新“十四五”规划》${words} 指标完成情况`);
    }
  });

  it('writes the headers in Chinese on the second row, the ids (and file hashes) for looking rows up after them', () => {
    expect(headerOf('评估结果')).toEqual([...SCORECARD_HEADER, ...SCORECARD_DETAILS, '指标ID']);
    expect(headerOf('数据来源')).toEqual([...SOURCES_HEADER, '指标ID', '文件SHA-256']);
    expect(headerOf('数据质量')).toEqual([...QUALITY_HEADER, '代码']);
  });

  it('keeps the engine’s figures whole, as numbers', () => {
    const rows = rowsOf('评估结果');
    expect(rows).toHaveLength(evaluation.indicators.length + evaluation.regions.length);
    for (const r of evaluation.indicators) {
      const row = rows.find(wholeCity(r.indicatorId))!;
      expect(row['现值']).toBe(r.latest?.value);
      expect(row['完成度']).toBe(r.completion ?? undefined);
      expect(row['时序进度']).toBe(r.timeProgress ?? undefined);
      expect(row['得分']).toBe(r.score ?? undefined);
      expect(row['预测值']).toBe(r.projection?.value);
      expect(row['所需努力']).toBe(r.required?.value);
    }
  });

  it('shows each value rounded to its indicator’s precision through the number format, the cell keeping the full value', () => {
    for (const indicator of plan.indicators) {
      for (const header of ['基期值', '目标值', '现值', '累计值', '预测值']) {
        const cell = cellOf('评估结果', header, wholeCity(indicator.id));
        if (cell?.t === 'n') expect(cell.z, `${indicator.id} ${header}`).toBe(FORMAT_OF_PRECISION[indicator.precision]);
      }
    }
    const projection = cellOf('评估结果', '预测值', wholeCity('tech-contracts'));
    expect(projection.v).toBe(resultOf('tech-contracts').projection!.value);
    expect(String(projection.v)).not.toBe('2768.47');
    expect(projection.w).toBe('2768.47');
    expect(cellOf('评估结果', '现值', wholeCity('platforms')).z).toBe('0');
    expect(cellOf('评估结果', '现值', wholeCity('hv-patents')).w).toBe('21.3');
    const value = cellOf('数据来源', '数值', (row) => row['指标ID'] === 'rd-intensity' && row['地区'] === '全市' && row['年份'] === 2020);
    expect([value.v, value.z, value.w]).toEqual([3.1, '0.00', '3.10']);
  });

  it('shows completion, time progress, growth and required growth as percentages, an amount a year in the unit', () => {
    for (const header of ['完成度', '时序进度', '年均增长']) expect(cellOf('评估结果', header, wholeCity('tech-contracts')).z).toBe('0.0%');
    expect(cellOf('评估结果', '完成度', wholeCity('tech-contracts')).w).toBe('39.6%');
    expect(resultOf('tech-contracts').required?.method).toBe('cagr');
    expect(cellOf('评估结果', '所需努力', wholeCity('tech-contracts')).z).toBe('0.0%');
    expect(resultOf('basic-research-share').required?.method).toBe('linear');
    expect(cellOf('评估结果', '所需努力', wholeCity('basic-research-share')).z).toBe('0.0');
  });

  it('writes statuses, nature, kind, direction, comparator and method as words, never as codes', () => {
    const contracts = rowsOf('评估结果').find(wholeCity('tech-contracts'))!;
    expect(contracts).toMatchObject({ 判断: '滞后', 属性: '预期性', 类型: '水平', 方向: '正向', 比较符: '高于', 所需努力方法: '几何增长' });
    expect(rowsOf('评估结果').find(wholeCity('overseas-talent'))).toMatchObject({ 类型: '累计', 比较符: '不低于' });
    expect(rowsOf('评估结果').find(wholeCity('basic-research-share'))!['所需努力方法']).toBe('线性增长');
    const codes = new Set<unknown>([...STATUS_CODES, ...COMPARATORS, ...INDICATOR_KINDS, ...NATURES, 'cagr', 'linear', 'cumulative', '1', '-1', 'yes', 'true']);
    const texts = rowsOf('评估结果').flatMap((row) => Object.entries(row).filter(([header, value]) => header !== '指标ID' && typeof value === 'string'));
    expect(texts.filter(([, value]) => codes.has(value))).toEqual([]);
  });

  it('states a range target’s bounds at the indicator’s precision', () => {
    const ranged: Plan = { ...plan, indicators: plan.indicators.map((i) => (i.id === 'sci-literacy' ? { ...i, target: { year: 2025, comparator: 'range', lo: 20, hi: 30 } } : i)) };
    const book = XLSX.read(
      writeReportXlsx({ plan: ranged, evaluation: evaluate(ranged, valueSet(observations), defaultSettings(2023)), values: valueSet(observations), type: 'midterm', lang: 'zh' }),
      { type: 'array' },
    );
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['评估结果']!, { range: 1 });
    expect(rows.find(wholeCity('sci-literacy'))!['比较符']).toBe('介于20.0与30.0之间');
  });

  it('lists every observation with its file, sheet, cell, import time and citation', () => {
    const rows = rowsOf('数据来源');
    expect(rows).toHaveLength(observations.length);
    const rd2023 = rows.find((x) => x['指标ID'] === 'rd-intensity' && x['地区'] === '全市' && x['年份'] === 2023)!;
    expect(rd2023['数值']).toBe(3.44);
    expect(rd2023['出处']).toBe('《广州城市创新指数报告（2024）》');
    expect(rd2023['导入时间']).toBe('2024-05-01T08:00:00.000Z');
    expect(rows.filter((x) => x['示例数据'] === '示例数据')).toHaveLength(observations.filter((o) => o.illustrative).length);
    expect(rows[0]!['文件SHA-256']).toBe(HASH);
  });

  it('freezes the title and header rows, and on the scorecard the 领域, 指标 and 地区 columns', () => {
    expect(attributes(sheetXml('评估结果'), 'pane')).toMatchObject({ xSplit: '3', ySplit: '2', topLeftCell: 'D3', state: 'frozen' });
    for (const sheet of ['数据来源', '数据质量']) {
      const pane = attributes(sheetXml(sheet), 'pane');
      expect(pane).toMatchObject({ ySplit: '2', topLeftCell: 'A3', state: 'frozen' });
      expect(pane.xSplit).toBeUndefined();
    }
  });

  it('fits each column to its header and widest shown value, a CJK character counting two, wrapping text beyond 30', () => {
    for (const sheet of SHEETS) {
      const printed = { 评估结果: SCORECARD_HEADER, 数据来源: SOURCES_HEADER, 数据质量: QUALITY_HEADER }[sheet]!.length;
      const ws = wb.Sheets[sheet]!;
      const range = XLSX.utils.decode_range(ws['!ref']!);
      headerOf(sheet).forEach((header, c) => {
        let need = wide(header);
        for (let r = 2; r <= range.e.r; r++) need = Math.max(need, wide((ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)?.w ?? ''));
        const width = ws['!cols']![c]!.wch!;
        const fit = c < printed ? Math.min(need, 30) : need;
        expect(width, `${sheet} ${header}`).toBeGreaterThanOrEqual(fit);
        expect(width, `${sheet} ${header}`).toBeLessThanOrEqual(Math.max(fit + 5, 6));
      });
    }
    expect(wb.Sheets['数据来源']!['!cols']![SOURCES_HEADER.length + 1]!.wch).toBeGreaterThanOrEqual(64);
  });

  it('wraps text wider than its column and gives its row the lines it needs', () => {
    const message = cellOf('数据质量', '说明', (row) => row['说明'] === LONG_MESSAGE);
    expect(message.v).toBe(LONG_MESSAGE);
    expect(styleOf('数据质量', 'B3').xf).toMatch(/wrapText="1"/);
    const heightOf = (row: number) => Number(attributes(sheetXml('数据质量').slice(sheetXml('数据质量').indexOf(`<row r="${row}"`)), 'row').ht);
    // The header row is one line high; the message needs a line for every 30 digit widths of it.
    expect(heightOf(3)).toBeGreaterThanOrEqual(Math.ceil(wide(LONG_MESSAGE) / 30) * heightOf(2));
  });

  it('puts an autofilter on the header row over every row', () => {
    expect(wb.Sheets['评估结果']!['!autofilter']).toEqual({ ref: `A2:${XLSX.utils.encode_col(SCORECARD_HEADER.length + SCORECARD_DETAILS.length)}${evaluation.indicators.length + evaluation.regions.length + 2}` });
    expect(wb.Sheets['数据来源']!['!autofilter']).toEqual({ ref: `A2:${XLSX.utils.encode_col(SOURCES_HEADER.length + 1)}${observations.length + 2}` });
  });

  it('prints on A4 landscape, fitted to one page wide, centred with gridlines, margins and page numbers', () => {
    for (const sheet of SHEETS) {
      const xml = sheetXml(sheet);
      expect(attributes(xml, 'pageSetUpPr')).toEqual({ fitToPage: '1' });
      expect(attributes(xml, 'pageSetup')).toEqual({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
      expect(attributes(xml, 'printOptions')).toEqual({ horizontalCentered: '1', gridLines: '1' });
      expect(Number(attributes(xml, 'pageMargins').left)).toBeGreaterThan(0);
      expect(xml).toContain('<oddFooter>&amp;C第&amp;P页，共&amp;N页</oddFooter>');
    }
  });

  it('defines each sheet’s print area (title, header, the printed columns) and repeats the header row on every page', () => {
    const names = [...parts['xl/workbook.xml']!.matchAll(/<definedName name="([^"]+)" localSheetId="(\d)">([^<]*)<\/definedName>/g)].map((m) => ({
      name: m[1],
      sheet: Number(m[2]),
      ref: m[3]!.replace(/&apos;/g, "'"),
    }));
    const findings = [...withFinding.indicators, ...withFinding.regions].flatMap((r) => r.findings).length + withFinding.findings.length;
    const lastRows = [evaluation.indicators.length + evaluation.regions.length + 2, observations.length + 2, Math.max(findings, 1) + 2];
    SHEETS.forEach((sheet, i) => {
      const printed = [SCORECARD_HEADER, SOURCES_HEADER, QUALITY_HEADER][i]!.length;
      expect(names).toContainEqual({ name: '_xlnm.Print_Titles', sheet: i, ref: `'${sheet}'!$2:$2` });
      expect(names).toContainEqual({ name: '_xlnm.Print_Area', sheet: i, ref: `'${sheet}'!$A$1:$${XLSX.utils.encode_col(printed - 1)}$${lastRows[i]}` });
    });
  });

  it('styles the title bold at 14 points and the header row bold and shaded', () => {
    expect(styleOf('评估结果', 'A1').font).toMatch(/<b\/>.*<sz val="14"\/>/);
    const header = styleOf('评估结果', 'B2');
    expect(header.font).toContain('<b/>');
    expect(header.xf).toMatch(/applyFill="1"/);
    expect(styleOf('评估结果', 'B3').font).not.toContain('<b/>');
  });

  it('keeps every worksheet’s elements in the order the schema requires, as Excel insists', () => {
    const order = ['<sheetPr', '<dimension', '<sheetViews', '<cols', '<sheetData', '<autoFilter', '<mergeCells', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<ignoredErrors'];
    for (const sheet of SHEETS) {
      const at = order.map((tag) => sheetXml(sheet).indexOf(tag));
      expect(at.every((i) => i >= 0), sheet).toBe(true);
      expect(at, sheet).toEqual([...at].sort((a, b) => a - b));
      expect(sheetXml(sheet).match(/<sheetPr\b/g), sheet).toHaveLength(1);
    }
  });

  it('writes formula-like text as neutralised plain text, never as a formula', () => {
    const ws = wb.Sheets['数据来源']!;
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

  it('writes an English workbook in English', () => {
    const book = XLSX.read(writeReportXlsx({ plan, evaluation, values: valueSet(observations), type: 'midterm', lang: 'en' }), { type: 'array' });
    expect(book.SheetNames).toEqual(['Scorecard', 'Sources', 'Data quality']);
    expect(book.Sheets['Scorecard']!['A1']?.v).toBe('广州市科技创新“十四五”规划: Mid-term Evaluation 2023, indicator attainment');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Scorecard']!, { range: 1 });
    expect(rows.find((row) => row['Indicator id'] === 'tech-contracts' && row['Region'] === '全市')).toMatchObject({
      Assessment: 'Lagging',
      Kind: 'Level',
      Direction: 'Higher is better',
      Comparator: 'More than',
      'Required effort method': 'Compound growth',
    });
    expect(strFromU8(unzipSync(writeReportXlsx({ plan, evaluation, values: valueSet(observations), type: 'midterm', lang: 'en' }))['xl/worksheets/sheet1.xml']!)).toContain('&amp;CPage &amp;P of &amp;N');
  });
});

describe('a project that kept benchmarks (regions outside the plan)', () => {
  const withBenchmarks = sampleReport({}, (o) => [...o, { indicatorId: 'rd-intensity', region: '广东', year: 2023, value: 3.54 }]);
  const book = XLSX.read(
    writeReportXlsx({ plan: withBenchmarks.plan, evaluation: withBenchmarks.evaluation, values: valueSet(withBenchmarks.observations), type: 'midterm', lang: 'zh' }),
    { type: 'array' },
  );

  it('lists them on a sheet of their own beside the whole area’s latest value, and never among the results', () => {
    expect(book.SheetNames).toEqual(['评估结果', '数据来源', '数据质量', '对标比较']);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['对标比较']!, { range: 1 });
    expect(rows).toEqual([{ 指标: 'R&D投入强度', 单位: '%', 全市现值: 3.44, 全市现值年份: 2023, 对标地区: '广东', 现值: 3.54, 最新年份: 2023, 指标ID: 'rd-intensity' }]);
    const results = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['评估结果']!, { range: 1 });
    expect(results.some((r) => r['地区'] === '广东')).toBe(false);
  });

  it('has no such sheet without them', () => {
    expect(wb.SheetNames).not.toContain('对标比较');
  });
});
