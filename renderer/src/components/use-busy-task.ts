// One long task at a time on a screen: which one runs (to disable its buttons and say what happens), and its failure
// reported in the error toast rather than lost.
import { useCallback, useState } from 'react';
import { useToast } from '../services';

/** `busy` names the running task, null when idle; `run(task, work)` marks it busy while `work` runs, reports a failure and never rejects. */
export function useBusyTask<Task extends string>() {
  const { reportError } = useToast();
  const [busy, setBusy] = useState<Task | null>(null);
  const run = useCallback(
    async (task: Task, work: () => Promise<void>) => {
      setBusy(task);
      try {
        await work();
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
      }
    },
    [reportError],
  );
  return { busy, run };
}
