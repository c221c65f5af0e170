// A 分工方案 (responsibility table) for the built-in Guangzhou ledger, written by the tests as .xlsx or as a GBK CSV
// (the way Chinese Excel saves one), so no binary fixture is committed.
import * as XLSX from 'xlsx';
import * as codepages from 'xlsx/dist/cpexcel.full.mjs';
import type { CP$Utils } from 'xlsx/dist/cpexcel';

// The module exports its encoder as `utils`, which its type declarations only give on the default export.
const { utils: codepage } = codepages as unknown as { utils: CP$Utils };

/** Title rows, the header, a heading row and items named by full-width and half-width references and by title. */
export const DIVISION_ROWS: (string | number)[][] = [
  ['广州市科技创新“十四五”规划重点任务分工方案'],
  [],
  ['序号', '章节', '重点任务', '牵头单位', '配合单位', '时间节点'],
  ['', '', '五、聚焦科学发现，增强源头创新供给能力', '', '', ''],
  [1, '五（一）2', '高标准建设国家技术创新中心', '市科技局', '市发展改革委、市工业和信息化局', '2023年建成'],
  [2, '五(一)3', '统筹布局重大科技基础设施', '市发展改革委', '市科技局，黄埔区政府', '2022年底前开工；2025年建成'],
  [3, '', '广州实验室', '市科技局', '市卫生健康委 广州医科大学', '持续推进'],
];

/** The same table as an .xlsx workbook. */
export function divisionXlsx(rows: (string | number)[][] = DIVISION_ROWS, sheet = '分工方案'): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
}

/** The same table as a CSV in GBK (code page 936). */
export function divisionGbkCsv(rows: (string | number)[][] = DIVISION_ROWS): Uint8Array {
  const text = rows.map((row) => row.map((c) => (/[,"\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';
  return new Uint8Array(codepage.encode(936, text) as ArrayLike<number>);
}
