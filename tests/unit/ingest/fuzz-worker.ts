// The fuzz test's worker thread: runs importFile on each file it is sent and answers with what happened,
// so that a hang can be cut short (the test terminates the thread) and a crash cannot take the test runner down.
import { parentPort } from 'node:worker_threads';
import { guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { importFile } from '../../../shared/import';

/** One file to import. */
export interface FuzzRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** How the import ended: a result, a clear error, or an exception importFile should never let escape. */
export type FuzzOutcome =
  | { kind: 'result'; fileHash: string; sheets: number }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'threw'; message: string };

const plan = guangzhouPlan();
const port = parentPort!;

port.on('message', async ({ id, name, bytes }: FuzzRequest) => {
  let outcome: FuzzOutcome;
  try {
    const result = await importFile(bytes, name, plan);
    outcome = result.error
      ? { kind: 'error', code: result.error.code, message: result.error.message }
      : { kind: 'result', fileHash: result.fileHash ?? '', sheets: result.sheets.length };
  } catch (error) {
    outcome = { kind: 'threw', message: String((error as Error)?.stack ?? error) };
  }
  port.postMessage({ id, outcome });
});
port.postMessage({ ready: true });
