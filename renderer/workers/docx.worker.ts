// The Word worker: writes reports' .docx off the UI thread. Laying out the pages for the 目录's page numbers takes
// seconds for a report with a long task ledger, which on the UI thread would freeze the window for as long.
/// <reference lib="webworker" />
import { writeDocx } from '../../shared/report';
import type { DocxRequest, DocxResponse } from './docx-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DocxRequest>) => {
  const { requestId, document, charts } = event.data;
  let response: DocxResponse;
  try {
    response = { requestId, type: 'written', bytes: await writeDocx(document, new Map(charts)) };
  } catch (error) {
    response = { requestId, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response, response.type === 'written' ? [response.bytes.buffer] : []);
};
