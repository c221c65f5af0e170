// The first sheet of a task template: what to report for which year, how the rating is chosen, by when and whom to ask.
import { t } from '../i18n';
import { fileText } from './file-text';
import { INSTRUCTIONS_SHEET } from './instructions-sheet';
import type { CellStyle, LayoutValue, SheetLayout } from './sheet-layout';

export interface TaskInstructionsRequest {
  planName: string;
  projectName: string;
  sheets: { department: string; sheet: string }[];
  year: number;
  deadline: string;
  contact: string;
  createdAt: string;
}

/** Lays out the instructions sheet of a task template. */
export function taskInstructionsLayout(request: TaskInstructionsRequest): SheetLayout {
  const notGiven = fileText('templates.instructions.notGiven');
  const sheets = request.sheets.map((s) => `“${s.sheet}”`).join('、');
  const lines: [LayoutValue, CellStyle][] = [
    [fileText('tasksReport.template.fileTitle', { plan: request.planName, year: request.year }), 'title'],
    [fileText('templates.instructions.project', { project: request.projectName }), 'text'],
    [fileText('templates.instructions.departments', { departments: request.sheets.map((s) => s.department).join('、') }), 'text'],
    [fileText('tasksReport.template.year', { year: request.year }), 'text'],
    [fileText('templates.instructions.deadline', { deadline: request.deadline || notGiven }), 'text'],
    [fileText('templates.instructions.contact', { contact: request.contact || notGiven }), 'text'],
    [fileText('templates.instructions.created', { date: request.createdAt.slice(0, 10) }), 'text'],
    [null, 'text'],
    [INSTRUCTIONS_SHEET, 'header'],
    ...[1, 2, 3, 4, 5, 6].map((n): [LayoutValue, CellStyle] => [fileText(`tasksReport.template.step${n}`, { sheets, year: request.year }), 'text']),
    [null, 'text'],
    // The one line in English, for a reader of the file who does not read Chinese.
    [t('tasksReport.template.summary', 'en', { year: request.year }), 'text'],
  ];
  const styles: Record<string, CellStyle> = {};
  lines.forEach(([, style], r) => (styles[`A${r + 1}`] = style));
  return { name: INSTRUCTIONS_SHEET, rows: lines.map(([value]) => [value]), styles, merges: [], widths: [110], inputs: [], notes: [], protect: true };
}
