// The first sheet of every template: what to fill, by when, and whom to ask.
import type { CellStyle, LayoutValue, SheetLayout } from './sheet-layout';

/** The name of the instructions sheet. */
export const INSTRUCTIONS_SHEET = '填报说明';

export interface InstructionsRequest {
  planName: string;
  projectName: string;
  /** The departments and their data sheets, in the file. */
  sheets: { department: string; sheet: string }[];
  years: number[];
  regions: string[];
  deadline: string;
  contact: string;
  createdAt: string;
}

/** Lays out the instructions sheet. */
export function instructionsLayout(request: InstructionsRequest): SheetLayout {
  const sheetList = request.sheets.map((s) => `“${s.sheet}”`).join('、');
  const lines: [LayoutValue, CellStyle][] = [
    [`${request.planName} 数据采集表`, 'title'],
    [`评估项目:${request.projectName}`, 'text'],
    [`填报单位:${request.sheets.map((s) => s.department).join('、')}`, 'text'],
    [`填报年份:${request.years.map((y) => `${y}年`).join('、')}`, 'text'],
    [`填报地区:${request.regions.join('、')}`, 'text'],
    [`截止日期:${request.deadline || '(未指定)'}`, 'text'],
    [`联系人:${request.contact || '(未指定)'}`, 'text'],
    [`生成时间:${request.createdAt.slice(0, 10)}`, 'text'],
    [null, 'text'],
    ['填报说明', 'header'],
    [`1. 请在${sheetList}工作表的黄色单元格中填写数值,只填数字,不要填写单位或文字。`, 'text'],
    ['2. 灰色列是上一年已掌握的数值,仅供参考,无需填写或修改。', 'text'],
    ['3. 没有数据的单元格请留空,不要填 0;需要说明的情况请写在“备注”列。', 'text'],
    ['4. 百分比指标请填写百分数本身(例如 3.5 表示 3.5%)。单元格会检查数值范围。', 'text'],
    ['5. 请不要改动表格结构、指标名称和其他单元格,也不要重命名或删除工作表,以便数据自动导入。', 'text'],
    ['6. 填好后请按截止日期将本文件发回联系人(可另存为 .xlsx)。', 'text'],
    [null, 'text'],
    ['Fill in the yellow cells with numbers only; leave a cell empty when there is no figure; do not change any other cell or rename the sheets.', 'text'],
  ];
  const rows = lines.map(([value]) => [value]);
  const styles: Record<string, CellStyle> = {};
  lines.forEach(([, style], r) => (styles[`A${r + 1}`] = style));
  return { name: INSTRUCTIONS_SHEET, rows, styles, merges: [], widths: [110], inputs: [], notes: [], protect: true };
}
