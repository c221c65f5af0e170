// The first sheet of every template: what to fill, by when, and whom to ask.
import { t } from '../i18n';
import { fileText } from './file-text';
import type { CellStyle, LayoutValue, SheetLayout } from './sheet-layout';

/** The name of the instructions sheet. */
export const INSTRUCTIONS_SHEET = fileText('templates.instructions.sheet');

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
  const notGiven = fileText('templates.instructions.notGiven');
  const lines: [LayoutValue, CellStyle][] = [
    [fileText('templates.file.title', { plan: request.planName }), 'title'],
    [fileText('templates.instructions.project', { project: request.projectName }), 'text'],
    [fileText('templates.instructions.departments', { departments: request.sheets.map((s) => s.department).join('、') }), 'text'],
    [fileText('templates.instructions.years', { years: request.years.map((year) => fileText('templates.year', { year })).join('、') }), 'text'],
    [fileText('templates.instructions.regions', { regions: request.regions.join('、') }), 'text'],
    [fileText('templates.instructions.deadline', { deadline: request.deadline || notGiven }), 'text'],
    [fileText('templates.instructions.contact', { contact: request.contact || notGiven }), 'text'],
    [fileText('templates.instructions.created', { date: request.createdAt.slice(0, 10) }), 'text'],
    [null, 'text'],
    [INSTRUCTIONS_SHEET, 'header'],
    [fileText('templates.instructions.step1', { sheets: sheetList }), 'text'],
    [fileText('templates.instructions.step2'), 'text'],
    [fileText('templates.instructions.step3', { notes: fileText('templates.column.notes') }), 'text'],
    [fileText('templates.instructions.step4'), 'text'],
    [fileText('templates.instructions.step5'), 'text'],
    [fileText('templates.instructions.step6'), 'text'],
    [null, 'text'],
    // The one line in English, for a reader of the file who does not read Chinese.
    [t('templates.instructions.summary', 'en'), 'text'],
  ];
  const rows = lines.map(([value]) => [value]);
  const styles: Record<string, CellStyle> = {};
  lines.forEach(([, style], r) => (styles[`A${r + 1}`] = style));
  return { name: INSTRUCTIONS_SHEET, rows, styles, merges: [], widths: [110], inputs: [], notes: [], protect: true };
}
