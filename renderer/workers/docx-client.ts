// The UI thread's Word writer: a worker the report screen starts when it opens, so that the Word library is loaded
// and compiled before the first export rather than after the click, and ends when it closes.
import { bilingual } from '../../shared/base';
import type { ReportDocument } from '../../shared/report';
import type { DocxRequest, DocxResponse } from './docx-protocol';

interface Pending {
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export class DocxWriter {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextRequest = 1;

  /** Starts the worker, unless it runs. */
  open(): void {
    if (this.worker) return;
    const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DocxResponse>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to load or crashed is replaced by the next write.
      this.close(new Error(event.message || bilingual('reportUi.export.workerFailed')));
    };
    this.worker = worker;
  }

  /** The report as .docx; `charts` are the chart images by block id, handed over to the worker. */
  write(document: ReportDocument, charts: Map<string, Uint8Array>): Promise<Uint8Array> {
    this.open();
    const requestId = this.nextRequest++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      const request: DocxRequest = { requestId, document, charts: [...charts] };
      this.worker!.postMessage(request, [...charts.values()].map((png) => png.buffer));
    });
  }

  /** Ends the worker; a write still under way rejects with `reason`. */
  close(reason: Error = new Error(bilingual('reportUi.export.workerClosed'))): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(reason);
    this.pending.clear();
  }

  private receive(response: DocxResponse): void {
    const pending = this.pending.get(response.requestId);
    if (!pending) return;
    this.pending.delete(response.requestId);
    if (response.type === 'written') pending.resolve(response.bytes);
    else pending.reject(new Error(response.message));
  }
}
