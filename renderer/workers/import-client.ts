// The UI thread's handle on one file being imported: each file gets its own worker, so cancelling a file
// (terminating its worker) never disturbs the others.
import { bilingual } from '../../shared/base';
import type { MapOptions, TableOverrides } from '../../shared/ingest';
import type { Ledger } from '../../shared/ledger';
import type { Plan } from '../../shared/model';
import type { ReadTaskTemplateOptions, TaskTemplateReading } from '../../shared/templates';
import { unpackTables } from './analysed-message';
import type { ReadResult, WizardAnalysis, WizardTableMessage, WorkerError, WorkerRequest, WorkerResponse } from './import-protocol';

export type { ReadResult, SheetPreview, WizardMapping, WizardTable } from './import-protocol';

/** A failure reported by the worker: the engine's IngestError code and bilingual message, or 'cancelled'. */
export class ImportWorkerError extends Error {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;

  constructor(error: WorkerError) {
    super(error.message);
    this.name = 'ImportWorkerError';
    this.code = error.code;
    this.sheet = error.sheet;
    this.cell = error.cell;
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?(fraction: number): void;
}

/** One file's worker: read it once, then analyse (detect and map) it as often as the user corrects it. */
export class ImportFileWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextRequest = 1;
  private closed = false;

  constructor(readonly fileId: string) {
    this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll({ code: 'unreadable', message: event.message || bilingual('import.error.worker') });
    };
  }

  /** Reads the file in the worker; a protected file rejects with code password-required or password-wrong. */
  read(fileName: string, bytes: Uint8Array, password: string | undefined, onProgress?: (fraction: number) => void): Promise<ReadResult> {
    // A copy is transferred, so the caller keeps its bytes for a retry with a password.
    const copy = bytes.slice();
    return this.request<ReadResult>({ type: 'read', requestId: 0, fileId: this.fileId, fileName, bytes: copy, password }, onProgress, [copy.buffer]);
  }

  /** Detects and maps the tables of the file read before, with the user's overrides and decisions. */
  async analyse(plan: Plan, overrides: TableOverrides, options: MapOptions, onProgress?: (fraction: number) => void): Promise<WizardAnalysis> {
    const { tables, noTables } = await this.request<{ tables: WizardTableMessage[]; noTables: WizardAnalysis['noTables'] }>({ type: 'analyse', requestId: 0, fileId: this.fileId, plan, overrides, options }, onProgress);
    return { tables: unpackTables(tables), noTables };
  }

  /** Reads the answers of the filled task template read before (ReadResult.taskYear set) against the project's ledger. */
  readTasks(ledger: Ledger, options: ReadTaskTemplateOptions): Promise<TaskTemplateReading> {
    return this.request<TaskTemplateReading>({ type: 'tasks', requestId: 0, fileId: this.fileId, ledger, options });
  }

  /** Stops the work and releases the file (terminating the worker); pending requests reject with code 'cancelled'. */
  cancel(): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.terminate();
    this.failAll({ code: 'cancelled', message: 'cancelled' });
  }

  private request<T>(message: WorkerRequest & { requestId: number }, onProgress?: (fraction: number) => void, transfer: Transferable[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new ImportWorkerError({ code: 'cancelled', message: 'cancelled' }));
    const requestId = this.nextRequest++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      this.worker.postMessage({ ...message, requestId }, transfer);
    });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.requestId);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.fraction);
      return;
    }
    this.pending.delete(message.requestId);
    if (message.type === 'error') pending.reject(new ImportWorkerError(message.error));
    else if (message.type === 'read') pending.resolve(message.result);
    else if (message.type === 'tasks') pending.resolve(message.reading);
    else pending.resolve(message.analysis);
  }

  private failAll(error: WorkerError): void {
    for (const pending of this.pending.values()) pending.reject(new ImportWorkerError(error));
    this.pending.clear();
  }
}
