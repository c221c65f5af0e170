// Writing the open report to a file: Word (charts drawn at 2× here, the file written in a worker), Excel, HTML, or
// PDF through the platform's print.
import { bridge } from '@platform/bridge';
import { bilingual } from '../../../../shared/base';
import type { Language } from '../../../../shared/i18n';
import type { SaveFileResponse } from '../../../../shared/ipc';
import { allCharts, renderReportHtml, type ReportDocument, type ReportType, writeReportXlsx } from '../../../../shared/report';
import type { DocxWriter } from '../../../workers/docx-client';
import { renderChartPng } from '../../charts';
import { reportInputs, type InputOptions, type ReportBasis } from './report-draft';
import { pngDataUrl, reportFileName } from './report-files';

export type ExportFormat = 'docx' | 'xlsx' | 'pdf' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'xlsx', 'html'];

export interface ExportRequest {
  format: ExportFormat;
  document: ReportDocument;
  /** The options the document was drafted with that decide its inputs: the workbook is written from the same. */
  inputs: InputOptions;
  /** Named in the workbook's title rows. */
  type: ReportType;
  lang: Language;
  /** What the document was drafted from; the workbook is written from the same (a round's: only the round). */
  basis: ReportBasis;
  /** Word only: the report screen's writer, whose worker writes the file. */
  docxWriter: DocxWriter;
  /** PDF only: puts the 2× chart images into the preview for print and resolves once they are shown. */
  showPrintCharts(urls: Map<string, string>): Promise<void>;
}

/** Every chart of the document as PNG bytes at twice its size, for print. */
async function chartImages(doc: ReportDocument): Promise<Map<string, Uint8Array>> {
  const images = new Map<string, Uint8Array>();
  for (const chart of allCharts(doc)) images.set(chart.id, await renderChartPng(chart.spec, 2));
  return images;
}

/** Every chart as a PNG data URL at twice its size. */
async function chartDataUrls(doc: ReportDocument): Promise<Map<string, string>> {
  return new Map([...(await chartImages(doc))].map(([id, png]) => [id, pngDataUrl(png)]));
}

async function fileBytes(request: ExportRequest): Promise<Uint8Array> {
  const { format, document: doc } = request;
  if (format === 'docx') return request.docxWriter.write(doc, await chartImages(doc));
  if (format === 'xlsx') {
    const { plan, evaluation, values, round, tasks } = reportInputs(request.basis, request.inputs);
    return writeReportXlsx({ plan, evaluation, values, type: request.type, lang: request.lang, ...(round ? { round } : {}), ...(tasks ? { tasks } : {}) });
  }
  return new TextEncoder().encode(renderReportHtml(doc, await chartDataUrls(doc)));
}

const FILTERS: Record<Exclude<ExportFormat, 'pdf'>, { name: string; extensions: string[] }> = {
  docx: { name: bilingual('reportUi.filter.docx'), extensions: ['docx'] },
  xlsx: { name: bilingual('reportUi.filter.xlsx'), extensions: ['xlsx'] },
  html: { name: bilingual('reportUi.filter.html'), extensions: ['html'] },
};

/**
 * Writes the report in `format` and hands it to the platform to save. PDF prints the preview on the page, with the
 * on-screen canvases (drawn at the screen's pixel ratio) replaced by the same 2× images the Word file gets.
 */
export async function exportReport(request: ExportRequest): Promise<SaveFileResponse> {
  const suggestedName = reportFileName(request.document.title, request.format);
  if (request.format === 'pdf') {
    await request.showPrintCharts(await chartDataUrls(request.document));
    return bridge.printToPdf({ suggestedName });
  }
  const bytes = await fileBytes(request);
  return bridge.saveFile({ suggestedName, bytes, filters: [FILTERS[request.format]] });
}
