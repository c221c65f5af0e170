// The Word writer of the report screen: the client's requests and answers across a stand-in Worker, and the worker
// module itself, run against a stand-in worker scope, writing a real report.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCharts } from '../../cli/render-chart';
import { allCharts, writeDocx } from '../../shared/report';
import type { DocxRequest, DocxResponse } from '../../renderer/workers/docx-protocol';
import { DocxWriter } from '../../renderer/workers/docx-client';
import { sampleReport } from '../unit/report/sample-report';

/** A Worker that records what it is sent and answers as the test says. */
class StandInWorker {
  static made: StandInWorker[] = [];
  onmessage: ((event: { data: DocxResponse }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  sent: { request: DocxRequest; transfer: Transferable[] }[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    StandInWorker.made.push(this);
  }
  postMessage(request: DocxRequest, transfer: Transferable[]): void {
    this.sent.push({ request, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(response: DocxResponse): void {
    this.onmessage?.({ data: response });
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} });
  }
}

const { doc } = sampleReport();

describe('DocxWriter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    StandInWorker.made = [];
  });

  it('starts its worker when opened, hands the chart images over and answers each write with its own bytes', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const writer = new DocxWriter();
    writer.open();
    writer.open();
    expect(StandInWorker.made).toHaveLength(1);
    const worker = StandInWorker.made[0]!;
    expect(worker.url.pathname).toMatch(/docx\.worker\.ts$/);

    const png = new Uint8Array([137, 80, 78, 71]);
    const first = writer.write(doc, new Map([['chart.a', png]]));
    const second = writer.write(doc, new Map());
    const [a, b] = worker.sent;
    expect(a!.request.charts).toEqual([['chart.a', png]]);
    expect(a!.transfer).toEqual([png.buffer]);
    expect(a!.request.document).toBe(doc);
    // Answered out of order: each write gets the bytes of its own request.
    worker.answer({ requestId: b!.request.requestId, type: 'written', bytes: new Uint8Array([2]) });
    worker.answer({ requestId: a!.request.requestId, type: 'written', bytes: new Uint8Array([1]) });
    expect(await first).toEqual(new Uint8Array([1]));
    expect(await second).toEqual(new Uint8Array([2]));
  });

  it('rejects a write the worker could not do with its reason, and keeps the worker for the next', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const writer = new DocxWriter();
    const write = writer.write(doc, new Map());
    const worker = StandInWorker.made[0]!;
    worker.answer({ requestId: worker.sent[0]!.request.requestId, type: 'error', message: '图表缺失' });
    await expect(write).rejects.toThrow('图表缺失');
    expect(worker.terminated).toBe(false);
  });

  it('rejects what was under way when the worker fails, and writes the next one in a new worker', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const writer = new DocxWriter();
    const write = writer.write(doc, new Map());
    StandInWorker.made[0]!.crash('');
    await expect(write).rejects.toThrow('写出 Word 文件的后台进程意外停止');
    expect(StandInWorker.made[0]!.terminated).toBe(true);
    const next = writer.write(doc, new Map());
    expect(StandInWorker.made).toHaveLength(2);
    const worker = StandInWorker.made[1]!;
    worker.answer({ requestId: worker.sent[0]!.request.requestId, type: 'written', bytes: new Uint8Array([7]) });
    expect(await next).toEqual(new Uint8Array([7]));
  });

  it('ends its worker when closed, and a write still under way says the screen was closed', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const writer = new DocxWriter();
    const write = writer.write(doc, new Map());
    writer.close();
    await expect(write).rejects.toThrow('报告页已关闭，Word 文件未写出。');
    expect(StandInWorker.made[0]!.terminated).toBe(true);
  });
});

describe('docx.worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('writes the report it is sent as the main thread would, and hands the bytes back', async () => {
    const posted: { response: DocxResponse; transfer: Transferable[] }[] = [];
    const scope: { onmessage: ((event: { data: DocxRequest }) => Promise<void>) | null; postMessage(r: DocxResponse, t: Transferable[]): void } = {
      onmessage: null,
      postMessage: (response, transfer) => posted.push({ response, transfer }),
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../renderer/workers/docx.worker');
    const charts = await renderCharts(allCharts(doc));
    await scope.onmessage!({ data: { requestId: 5, document: doc, charts: [...charts] } });

    expect(posted).toHaveLength(1);
    const { response, transfer } = posted[0]!;
    expect(response.requestId).toBe(5);
    if (response.type !== 'written') throw new Error(`the worker failed: ${response.message}`);
    expect(transfer).toEqual([response.bytes.buffer]);
    // The text of every run, the 目录's page numbers among them: what the main thread writes for the same report.
    const texts = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['word/document.xml']!).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const written = texts(response.bytes);
    expect(written).toContain('一、评估方法');
    expect(written).toEqual(texts(await writeDocx(doc, charts)));
  }, 180_000);

  it('answers a report it cannot write with the reason, and nothing else', async () => {
    const posted: DocxResponse[] = [];
    const scope: { onmessage: ((event: { data: DocxRequest }) => Promise<void>) | null; postMessage(r: DocxResponse): void } = { onmessage: null, postMessage: (r) => posted.push(r) };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../renderer/workers/docx.worker');
    await scope.onmessage!({ data: { requestId: 9, document: { ...doc, sections: null } as never, charts: [] } });
    expect(posted).toEqual([{ requestId: 9, type: 'error', message: expect.any(String) }]);
  });
});
