// Helpers for the import tests: build workbooks with SheetJS and a small plan to map them to.
import * as XLSX from 'xlsx';
import type { Indicator, Plan } from '../../../shared/model';

export type Cell = string | number | null | { v: number | string; z?: string };

export interface SheetSpec {
  name?: string;
  rows: Cell[][];
  merges?: string[];
}

/** An xlsx (or other bookType) file's bytes holding the given sheets. */
export function buildWorkbook(sheets: SheetSpec[], bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  sheets.forEach((spec, i) => {
    const aoa = spec.rows.map((row) => row.map((c) => (c !== null && typeof c === 'object' ? c.v : c)));
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    spec.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c !== null && typeof c === 'object' && c.z) ws[XLSX.utils.encode_cell({ r, c: col })].z = c.z;
      }),
    );
    if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, spec.name ?? `Sheet${i + 1}`);
  });
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }));
}

function indicator(id: string, name: string, unit: string, aliases: string[] = []): Indicator {
  return {
    id,
    name,
    unit,
    aliases,
    category: '测试',
    precision: 2,
    baseline: null,
    target: null,
    direction: 1,
    kind: 'level',
    nature: 'expected',
    weight: 1,
    aggregation: 'none',
    source: '',
  };
}

/** A plan for the tests: the Guangzhou districts and a few indicators in several units. */
export function testPlan(extra: Indicator[] = []): Plan {
  return {
    id: 'test',
    name: '测试规划',
    period: { start: 2021, end: 2025 },
    baseYear: 2020,
    categories: ['测试'],
    indicators: [
      indicator('tech-contracts', '技术合同成交额', '亿元', ['技术合同成交金额']),
      indicator('hitech-firms', '高新技术企业数', '家', ['国家高新技术企业数']),
      indicator('rd-intensity', 'R&D投入强度', '%', ['研究与试验发展(R&D)经费投入强度', 'R&D经费投入强度']),
      indicator('rd-spend', 'R&D经费支出', '万元', ['R&D经费内部支出']),
      indicator('gdp', '地区生产总值', '亿元', ['国内生产总值']),
      indicator('population', '年末常住人口', '万人', ['年末总人口']),
      indicator('rd-fte', 'R&D人员全时当量', '人年'),
      indicator('firms-with-rd-institutions', '有研发机构的企业数', '个'),
      ...extra,
    ],
    regions: [
      { name: '全市', aliases: ['广州市', '广州'], whole: true },
      ...['黄埔区', '天河区', '南沙区', '从化区', '越秀区'].map((name) => ({ name, aliases: [name.replace(/区$/, '')] })),
    ],
  };
}

export { indicator as makeIndicator };
