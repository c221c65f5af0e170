// Generating data-collection templates: one file (or sheet) per department from each indicator's source, the requested
// rows and columns, reference values, validated unlocked input cells in a protected sheet, and the hidden cell map.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { buildTemplates, frameworkVersion, type TemplateRequest } from '../../../shared/templates';
import { sheetXml, xlsxParts } from './fill';

function request(overrides: Partial<TemplateRequest> = {}): TemplateRequest {
  const plan = overrides.plan ?? guangzhouPlan();
  return {
    plan,
    projectId: 'project-a',
    projectName: '中期评估',
    indicators: plan.indicators.map((i) => i.id),
    years: [2023],
    regions: ['全市'],
    grouping: 'per-file',
    deadline: '2024-03-31',
    contact: '规划处 张三 020-12345678',
    previousValues: [
      { indicatorId: 'rd-intensity', region: '全市', year: 2022, value: 3.43 },
      { indicatorId: 'rd-intensity', region: '全市', year: 2021, value: 3.12 },
    ],
    frameworkVersion: frameworkVersion(plan),
    createdAt: '2024-01-15T08:00:00.000Z',
    ...overrides,
  };
}

function rowsOf(bytes: Uint8Array, sheet: string): unknown[][] {
  const wb = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
}

describe('buildTemplates', () => {
  it('makes one file per department named in the indicators’ source, in the plan’s order', () => {
    const files = buildTemplates(request());
    // The built-in plan's sources, in the order their first indicator appears.
    expect(files.map((f) => f.templates.map((t) => t.department))).toEqual([['市科技局'], ['市统计局'], ['市市场监管局'], ['市人社局'], ['市地方金融监管局'], ['市科协']]);
    expect(files[0]!.fileName).toBe('数据采集表_市科技局_2023.xlsx');
    expect(files[0]!.templates[0]!.indicatorIds).toEqual(['platforms', 'tech-contracts', 'incubators', 'hitech-firms', 'tech-smes']);
    expect(new Set(files.flatMap((f) => f.templates.map((t) => t.templateId))).size).toBe(6);
  });

  it('asks indicators without a source from “未指定部门”', () => {
    const plan = guangzhouPlan();
    plan.indicators.find((i) => i.id === 'sci-literacy')!.source = '  ';
    const files = buildTemplates(request({ plan, indicators: ['sci-literacy', 'platforms'] }));
    expect(files.map((f) => f.templates[0]!.department)).toEqual(['市科技局', '未指定部门']);
  });

  it('puts every department on its own sheet of one workbook when asked', () => {
    const [file, ...rest] = buildTemplates(request({ grouping: 'one-workbook', years: [2022, 2023] }));
    expect(rest).toHaveLength(0);
    expect(file!.fileName).toBe('数据采集表_2022-2023.xlsx');
    const wb = XLSX.read(file!.bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['填报说明', '市科技局', '市统计局', '市市场监管局', '市人社局', '市地方金融监管局', '市科协', '_planeval']);
    expect(file!.templates.map((t) => t.sheet)).toEqual(wb.SheetNames.slice(1, 7));
  });

  it('writes instructions with the deadline and contact the evaluator typed', () => {
    const [file] = buildTemplates(request({ indicators: ['rd-intensity'] }));
    const text = rowsOf(file!.bytes, '填报说明').flat().join('\n');
    expect(text).toContain('截止日期：2024-03-31');
    expect(text).toContain('联系人：规划处 张三 020-12345678');
    expect(text).toContain('填报年份：2023年');
    expect(text).toContain('“市统计局”工作表的黄色单元格');
  });

  it('lays out one row per indicator and region, with 口径, last year’s value for reference, the years and notes', () => {
    const [file] = buildTemplates(request({ indicators: ['rd-intensity', 'rd-researchers'], regions: ['全市', '黄埔区'], years: [2023, 2024] }));
    const rows = rowsOf(file!.bytes, '市统计局');
    expect(rows[2]).toEqual(['指标编号', '指标名称', '单位', '口径（指标解释）', '地区', '2022年（参考值，无需填写）', '2023年', '2024年', '备注']);
    // Plan order: rd-researchers comes before rd-intensity; each indicator once per region.
    expect(rows.slice(3).map((r) => r.slice(0, 6))).toEqual([
      ['rd-researchers', '每万名从业人员中从事R&D研究人员', '人年/万人', null, '全市', null],
      ['rd-researchers', '每万名从业人员中从事R&D研究人员', '人年/万人', null, '黄埔区', null],
      ['rd-intensity', 'R&D投入强度', '%', 'R&D经费支出占地区生产总值（GDP）的比重', '全市', 3.43],
      ['rd-intensity', 'R&D投入强度', '%', 'R&D经费支出占地区生产总值（GDP）的比重', '黄埔区', null],
    ]);
    // Input and notes cells are empty.
    expect(rows.slice(3).every((r) => r.slice(6).every((v) => v === null))).toBe(true);
  });

  it('validates input cells by unit (0–100 for %, ≥ 0 for counts), unlocks only inputs and notes, and protects the sheet', () => {
    const [file] = buildTemplates(request({ indicators: ['basic-research-share', 'industrial-rd-ratio', 'hitech-output-share', 'rd-researchers', 'rd-intensity'] }));
    const parts = xlsxParts(file!.bytes);
    const xml = sheetXml(parts, '市统计局');
    // Columns: A id, B name, C unit, D 口径, E region, F reference, G 2023, H notes; rows 4–8 in plan order,
    // rd-researchers (人年/万人) on row 7, the four % indicators on rows 4, 5, 6 and 8.
    const validations = [...xml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(2);
    const share = validations.find((v) => v.includes('operator="between"'))!;
    expect(share).toMatch(/type="decimal"/);
    expect(share).toMatch(/sqref="G4:G6 G8"/);
    expect(share).toContain('<formula1>0</formula1><formula2>100</formula2>');
    const count = validations.find((v) => v.includes('operator="greaterThanOrEqual"'))!;
    expect(count).toMatch(/sqref="G7"/);
    expect(count).toContain('<formula1>0</formula1>');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);

    const xfs = [...parts['xl/styles.xml']!.match(/<cellXfs[^>]*>(.*)<\/cellXfs>/)![1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const styleOf = (cell: string) => Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xml)?.[1] ?? 0);
    const unlocked = (cell: string) => xfs[styleOf(cell)]!.includes('<protection locked="0"/>');
    expect(['G4', 'G7', 'G8', 'H4', 'H8'].map(unlocked)).toEqual([true, true, true, true, true]);
    expect(['A4', 'B4', 'F8', 'G3', 'A1'].map(unlocked)).toEqual([false, false, false, false, false]);
  });

  it('hides the project, template ids, framework version and cell map in a very hidden sheet', () => {
    const plan = guangzhouPlan();
    const [file] = buildTemplates(request({ indicators: ['sci-literacy'] }));
    const parts = xlsxParts(file!.bytes);
    expect(parts['xl/workbook.xml']).toMatch(/<sheet [^>]*name="_planeval"[^>]*state="veryHidden"/);
    const map = rowsOf(file!.bytes, '_planeval').map((row) => row.slice(0, row.findLastIndex((v) => v !== null) + 1));
    expect(map[0]).toEqual(['planeval-template', 1]);
    expect(map).toContainEqual(['project', 'project-a', '中期评估']);
    expect(map).toContainEqual(['framework', frameworkVersion(plan)]);
    expect(map).toContainEqual(['template', file!.templates[0]!.templateId, '市科协', '市科协', '["sci-literacy"]', '[2023]', '["全市"]']);
    expect(map).toContainEqual(['input', file!.templates[0]!.templateId, 'F4', 'sci-literacy', '全市', 2023, 0, 100]);
  });

  it('refuses an empty request or names the plan does not have, saying which', () => {
    expect(() => buildTemplates(request({ indicators: [] }))).toThrow(/请至少选择一项指标/);
    expect(() => buildTemplates(request({ indicators: ['no-such'] }))).toThrow(/no-such/);
    expect(() => buildTemplates(request({ regions: ['火星区'] }))).toThrow(/火星区/);
    expect(() => buildTemplates(request({ years: [] }))).toThrow(/请至少选择一个年份/);
  });
});

describe('frameworkVersion', () => {
  it('changes when an indicator’s name, unit or 口径 changes, and only then', () => {
    const plan = guangzhouPlan();
    const base = frameworkVersion(plan);
    expect(frameworkVersion(guangzhouPlan())).toBe(base);
    const weight = guangzhouPlan();
    weight.indicators[0]!.weight = 3;
    expect(frameworkVersion(weight)).toBe(base);
    for (const change of [(p: typeof plan) => (p.indicators[0]!.name += '(新)'), (p: typeof plan) => (p.indicators[0]!.unit = '项'), (p: typeof plan) => (p.indicators[0]!.definition = '新口径')]) {
      const changed = guangzhouPlan();
      change(changed);
      expect(frameworkVersion(changed)).not.toBe(base);
    }
  });
});
