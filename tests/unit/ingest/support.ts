// Helpers for the import tests: build workbooks with SheetJS and a small plan to map them to.
import * as XLSX from 'xlsx';
import type { Plan } from '../../../shared/model';
import { plainIndicator, plainPlan } from '../../support/plain-plan';

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

/** A plan for the tests: the Guangzhou districts and a few indicators in several units. */
export function testPlan(): Plan {
  return plainPlan(
    'test',
    '测试规划',
    [
      plainIndicator('tech-contracts', '技术合同成交额', '亿元', ['技术合同成交金额']),
      plainIndicator('hitech-firms', '高新技术企业数', '家', ['国家高新技术企业数']),
      plainIndicator('rd-intensity', 'R&D投入强度', '%', ['研究与试验发展(R&D)经费投入强度', 'R&D经费投入强度']),
      plainIndicator('rd-spend', 'R&D经费支出', '万元', ['R&D经费内部支出']),
      plainIndicator('gdp', '地区生产总值', '亿元', ['国内生产总值']),
      plainIndicator('population', '年末常住人口', '万人', ['年末总人口']),
      plainIndicator('rd-fte', 'R&D人员全时当量', '人年'),
      plainIndicator('firms-with-rd-institutions', '有研发机构的企业数', '个'),
    ],
    [
      { name: '全市', aliases: ['广州市', '广州'], whole: true },
      ...['黄埔区', '天河区', '南沙区', '从化区', '越秀区'].map((name) => ({ name, aliases: [name.replace(/区$/, '')] })),
    ],
  );
}
