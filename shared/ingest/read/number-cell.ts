// The grid cell of a number: plain when General, else with the text SheetJS's SSF formats; shared by every reader.
import * as XLSX from 'xlsx';
import type { GridCell } from '../../workbook';

/** A number cell with its number format (`undefined` or "General" for none). */
export function numberCell(value: number, format: string | undefined): GridCell {
  if (!format || format === 'General') return { value };
  let text: string;
  try {
    text = XLSX.SSF.format(format, value);
  } catch {
    text = String(value);
  }
  return { value, text, format };
}
