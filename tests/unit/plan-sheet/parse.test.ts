// Reading plan sheets: both header languages, every column, the defaults, blank rows, and the file formats SheetJS reads.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Indicator, Plan } from '../../../shared/model';
import { parsePlanSheet } from '../../../shared/plan-sheet';
import { EN_HEADER, ZH_HEADER, sheetBytes, validRow, type Row } from './build-sheet';

function parsed(rows: Row[], fileName = 'plan.xlsx', bookType: XLSX.BookType = 'xlsx'): Plan {
  const result = parsePlanSheet(sheetBytes(rows, bookType), fileName);
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

const RD_INTENSITY: Indicator = {
  id: 'rd-intensity', category: 'Ecosystem', name: 'R&D intensity', unit: '%', precision: 2,
  baseline: { year: 2020, value: 3.1 }, target: { year: 2025, comparator: '>', value: 3.4 },
  direction: 1, kind: 'level', nature: 'expected', weight: 1, aggregation: 'none', aliases: ['R&D投入强度'], source: 'Statistics Bureau',
};

describe('parsePlanSheet reads every column', () => {
  it('reads an English-headed row into the indicator it describes', () => {
    expect(parsed([EN_HEADER, validRow()]).indicators).toEqual([RD_INTENSITY]);
  });

  it('reads Chinese headers and Chinese words for direction, kind and nature', () => {
    const plan = parsed([
      [...ZH_HEADER, '口径'],
      ['energy', '生态', '单位GDP能耗', '吨标煤/万元', 3, 2020, 0.265, 2025, 0.229, '<=', '逆向', '水平', '约束性', 2, '不汇总', '能耗强度；万元GDP能耗', '市发改委', '按可比价计算'],
      ['talent', '人才', '引进海外人才数', '万人', 2, null, null, 2025, 1.8, '>=', '正向', '累计', '预期性', 1, '求和', null, null, null],
      ['gdp-growth', '经济', '地区生产总值', '亿元', 1, 2020, 25019.11, 2025, 6, '>=', '+1', '增速', 'expected', 1, 'sum', null, null, null],
    ]);
    expect(plan.indicators).toEqual<Indicator[]>([
      {
        id: 'energy', category: '生态', name: '单位GDP能耗', unit: '吨标煤/万元', precision: 3, baseline: { year: 2020, value: 0.265 },
        target: { year: 2025, comparator: '<=', value: 0.229 }, direction: -1, kind: 'level', nature: 'binding', weight: 2,
        aggregation: 'none', aliases: ['能耗强度', '万元GDP能耗'], source: '市发改委', definition: '按可比价计算',
      },
      {
        id: 'talent', category: '人才', name: '引进海外人才数', unit: '万人', precision: 2, baseline: null,
        target: { year: 2025, comparator: '>=', value: 1.8 }, direction: 1, kind: 'cumulative', nature: 'expected', weight: 1,
        aggregation: 'sum', aliases: [], source: '',
      },
      {
        id: 'gdp-growth', category: '经济', name: '地区生产总值', unit: '亿元', precision: 1, baseline: { year: 2020, value: 25019.11 },
        target: { year: 2025, comparator: '>=', value: 6 }, direction: 1, kind: 'growth', nature: 'expected', weight: 1,
        aggregation: 'sum', aliases: [], source: '',
      },
    ]);
  });

  it('reads every comparator, a range target written lo~hi or lo～hi, and the ≥ ≤ signs', () => {
    const rows = [['>=', 5], ['>', 5], ['<=', 5], ['<', 5], ['=', 5], ['≥', 5], ['≤', 5], ['range', '3~5'], ['区间', '3.5～4.5']];
    const plan = parsed([EN_HEADER, ...rows.map(([comparator, target], i) => validRow({ id: `i${i}`, comparator, target_value: target }))]);
    expect(plan.indicators.map((i) => i.target)).toEqual([
      { year: 2025, comparator: '>=', value: 5 },
      { year: 2025, comparator: '>', value: 5 },
      { year: 2025, comparator: '<=', value: 5 },
      { year: 2025, comparator: '<', value: 5 },
      { year: 2025, comparator: '=', value: 5 },
      { year: 2025, comparator: '>=', value: 5 },
      { year: 2025, comparator: '<=', value: 5 },
      { year: 2025, comparator: 'range', lo: 3, hi: 5 },
      { year: 2025, comparator: 'range', lo: 3.5, hi: 4.5 },
    ]);
  });

  it('matches headers whatever their case, surrounding spaces or column order', () => {
    const header = ['  Target_Value ', 'ID', 'Name', 'CATEGORY', 'unit', 'Baseline Year', 'baseline_value', 'target_year', 'Comparator', ' 方向 '];
    const plan = parsed([header, [3.4, 'rd-intensity', 'R&D intensity', 'Ecosystem', '%', 2020, 3.1, 2025, '>', 1]]);
    expect(plan.indicators[0]).toMatchObject({ id: 'rd-intensity', target: { year: 2025, comparator: '>', value: 3.4 }, direction: 1 });
  });

  it('reads numbers written as text with thousands separators, percent signs, full-width digits and "年"', () => {
    const plan = parsed([EN_HEADER, validRow({ baseline_year: '2020年', baseline_value: '12,000', target_year: '２０２５', target_value: '3.4%', precision: '0' })]);
    expect(plan.indicators[0]).toMatchObject({ precision: 0, baseline: { year: 2020, value: 12000 }, target: { year: 2025, value: 3.4 } });
  });

  it('takes a cell formatted as a percentage at the value it shows (0.031 shown as 3.1% is 3.1)', () => {
    const sheet = XLSX.utils.aoa_to_sheet([EN_HEADER, validRow({ baseline_value: 0.031, target_value: 0.034 })]);
    sheet.G2.z = '0.0%';
    sheet.I2.z = '0.0%';
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'Plan');
    const result = parsePlanSheet(new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' })), 'p.xlsx');
    expect(result.ok && result.plan.indicators[0]).toMatchObject({ baseline: { value: 3.1 }, target: { value: 3.4 } });
  });
});

describe('parsePlanSheet fills empty optional cells with documented defaults', () => {
  it('weight 1, nature expected, kind level, aggregation none, no aliases or source', () => {
    const plan = parsed([EN_HEADER, validRow({ weight: null, nature: null, kind: null, aggregation: null, aliases: null, source: null })]);
    expect(plan.indicators[0]).toMatchObject({ weight: 1, nature: 'expected', kind: 'level', aggregation: 'none', aliases: [], source: '' });
  });

  it('leaves optional columns out altogether', () => {
    const header = ['id', 'category', 'name', 'unit', 'baseline_year', 'baseline_value', 'target_year', 'target_value', 'comparator', 'direction'];
    const plan = parsed([header, ['x', 'C', 'X', '家', 2020, 41, 2025, 60, '>', '+1']]);
    expect(plan.indicators[0]).toEqual<Indicator>({
      id: 'x', category: 'C', name: 'X', unit: '家', precision: 0, baseline: { year: 2020, value: 41 }, target: { year: 2025, comparator: '>', value: 60 },
      direction: 1, kind: 'level', nature: 'expected', weight: 1, aggregation: 'none', aliases: [], source: '',
    });
  });

  it('takes an empty precision from the decimals the baseline and target are written with', () => {
    const plan = parsed([
      EN_HEADER,
      validRow({ id: 'a', precision: null, baseline_value: 3.1, target_value: 3.45 }),
      validRow({ id: 'b', precision: null, baseline_value: 2256, target_value: 3000 }),
      validRow({ id: 'c', precision: null, comparator: 'range', target_value: '0.125~0.5', baseline_value: 0.3 }),
    ]);
    expect(plan.indicators.map((i) => i.precision)).toEqual([2, 0, 3]);
  });

  it('makes a row without baseline or target a monitoring indicator, +1 when its direction is empty', () => {
    const plan = parsed([EN_HEADER, validRow(), validRow({ id: 'firms', baseline_year: null, baseline_value: null, target_year: null, target_value: null, comparator: null, direction: null })]);
    expect(plan.indicators[1]).toMatchObject({ baseline: null, target: null, direction: 1 });
  });
});

describe('parsePlanSheet builds the plan around the indicators', () => {
  it('skips blank rows, wherever they are', () => {
    const plan = parsed([[], EN_HEADER, [], validRow({ id: 'a' }), [null, null, '  '], validRow({ id: 'b' }), []]);
    expect(plan.indicators.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('takes the name from the file name and the id from its slug', () => {
    expect(parsed([EN_HEADER, validRow()], 'C:\\plans\\Shenzhen S&T Plan 2025.xlsx')).toMatchObject({ name: 'Shenzhen S&T Plan 2025', id: 'shenzhen-s-t-plan-2025' });
    const chinese = parsed([EN_HEADER, validRow()], '/home/u/广州规划.xlsx');
    expect(chinese.name).toBe('广州规划');
    expect(chinese.id).toMatch(/^plan-[0-9a-f]{8}$/);
    expect(parsed([EN_HEADER, validRow()], '广州规划.xlsx').id).toBe(chinese.id);
  });

  it('takes the base year from the earliest baseline and the period up to the latest target year', () => {
    const plan = parsed([EN_HEADER, validRow({ id: 'a', baseline_year: 2019 }), validRow({ id: 'b', target_year: 2030 })]);
    expect(plan).toMatchObject({ baseYear: 2019, period: { start: 2020, end: 2030 } });
  });

  it('without any baseline, puts the base year five years before the latest target year', () => {
    const plan = parsed([EN_HEADER, validRow({ baseline_year: null, baseline_value: null, target_year: 2035 })]);
    expect(plan).toMatchObject({ baseYear: 2030, period: { start: 2031, end: 2035 } });
  });

  it('lists categories in order of first appearance and gives one whole-area region', () => {
    const plan = parsed([EN_HEADER, validRow({ id: 'a', category: 'B' }), validRow({ id: 'b', category: 'A' }), validRow({ id: 'c', category: 'B' })]);
    expect(plan.categories).toEqual(['B', 'A']);
    expect(plan.regions).toEqual([{ name: '全市', aliases: ['全省', '全国', '合计', '总计', '全市合计'], whole: true }]);
  });
});

describe('parsePlanSheet reads the formats SheetJS reads', () => {
  for (const [bookType, fileName] of [['xls', 'plan.xls'], ['biff8', 'plan.xls'], ['ods', 'plan.ods'], ['csv', 'plan.csv']] as const) {
    it(`reads a ${bookType} file`, () => {
      expect(parsed([ZH_HEADER, validRow({ direction: '正向' })], fileName, bookType).indicators).toEqual([RD_INTENSITY]);
    });
  }

  it('reads a UTF-8 CSV with a BOM and a GB18030 CSV as Excel writes them on Chinese Windows', () => {
    const csv = 'id,category,name,unit,baseline_year,baseline_value,target_year,target_value,comparator,direction\r\nrd,生态,研发投入强度,%,2020,3.1,2025,3~3.5,range,正向\r\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    // "生态" "研发投入强度" "正向" in GB18030, spliced into the ASCII text.
    const gb = (text: string) => ({ '生态': [0xc9, 0xfa, 0xcc, 0xac], '研发投入强度': [0xd1, 0xd0, 0xb7, 0xa2, 0xcd, 0xb6, 0xc8, 0xeb, 0xc7, 0xbf, 0xb6, 0xc8], '正向': [0xd5, 0xfd, 0xcf, 0xf2] })[text]!;
    const gbBytes = new Uint8Array(csv.split(/(生态|研发投入强度|正向)/).flatMap((part) => gb(part) ?? [...new TextEncoder().encode(part)]));
    for (const bytes of [utf8, gbBytes]) {
      const result = parsePlanSheet(bytes, 'plan.csv');
      expect(result.ok && result.plan.indicators[0]).toMatchObject({ category: '生态', name: '研发投入强度', direction: 1, target: { comparator: 'range', lo: 3, hi: 3.5 } });
    }
  });
});

describe('a baseline year without its baseline value', () => {
  // A plan sheet fills the plan's base year on every row, also where the baseline is not yet known (METHOD.md).
  const rows = [EN_HEADER, validRow(), validRow({ id: 'patents', name: 'Patents', unit: '件', precision: 0, baseline_value: null, target_value: 30, aliases: null })];

  it('is read as no baseline value, with a note naming the row and the cell', () => {
    const result = parsePlanSheet(sheetBytes(rows), 'plan.xlsx');
    if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.errors)}`);
    expect(result.plan.indicators.map((i) => [i.id, i.baseline])).toEqual([['rd-intensity', { year: 2020, value: 3.1 }], ['patents', null]]);
    expect(result.notes).toEqual([{ row: 3, column: 'G', header: 'baseline_value', key: 'plan.sheet.baselineValueMissing', params: { year: 2020 } }]);
    expect(result.plan.baseYear).toBe(2020);
  });

  it('still counts for the plan base year when no row has a baseline value', () => {
    const result = parsePlanSheet(sheetBytes([EN_HEADER, validRow({ baseline_year: 2019, baseline_value: null })]), 'plan.xlsx');
    expect(result.ok && [result.plan.baseYear, result.plan.period]).toEqual([2019, { start: 2020, end: 2025 }]);
  });

  it('is refused when the year is implausible, and a value without its year still is', () => {
    const implausible = parsePlanSheet(sheetBytes([EN_HEADER, validRow({ baseline_year: 1850, baseline_value: null })]), 'plan.xlsx');
    expect(implausible.ok ? [] : implausible.errors.map((e) => [e.row, e.column, e.key])).toEqual([[2, 'F', 'plan.error.year']]);
    const noYear = parsePlanSheet(sheetBytes([EN_HEADER, validRow({ baseline_year: null })]), 'plan.xlsx');
    expect(noYear.ok ? [] : noYear.errors.map((e) => e.key)).toEqual(['plan.sheet.baselineIncomplete']);
  });
});
