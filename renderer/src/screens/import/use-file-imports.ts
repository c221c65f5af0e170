// The wizard's files in progress: each read once in its own worker, then re-analysed whenever the user
// corrects a table, chooses an indicator for a name, or the project's saved decisions change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TableOverride, TableOverrides, UnmappedName } from '../../../../shared/ingest';
import type { Plan } from '../../../../shared/model';
import type { OpenedFile } from '../../../../shared/ipc';
import { bilingual } from '../../../../shared/base';
import type { TaskTemplateReading } from '../../../../shared/templates';
import { db, listProgress, projectLedger } from '../../../db';
import { newId } from '../../../db/ids';
import { ImportFileWorker, ImportWorkerError, type ReadResult } from '../../../workers/import-client';
import type { ConflictDecision } from '../../../../shared/import';
import type { SheetWithoutTable } from '../../../../shared/ingest';
import type { WizardTable } from '../../../workers/import-client';

/** The choice "do not import this name" (indicator ids never look like this). */
export const DO_NOT_IMPORT = '\u0000skip';

export type FileStage = 'reading' | 'password' | 'analysing' | 'ready' | 'failed';

export interface FileImport {
  id: string;
  name: string;
  stage: FileStage;
  /** 0..1 while reading or analysing. */
  progress: number;
  /** The bilingual message of a failure (stage 'failed'); 'cancelled' shows its own text. */
  error?: { code: string; message: string };
  /** Stage 'password': the last password given was wrong. */
  passwordWrong?: boolean;
  read?: ReadResult;
  tables: WizardTable[];
  /** The sheets in which no table was found, each with the reason. */
  noTables: SheetWithoutTable[];
  overrides: TableOverrides;
  /** Source name → indicator id or DO_NOT_IMPORT, as the user chose. */
  choices: Record<string, string>;
  /** Every name that needed a choice since the file was read, so a chosen name stays listed with its suggestions. */
  names: Record<string, UnmappedName>;
  /** Conflict decisions by valueKey. */
  conflictDecisions: Record<string, ConflictDecision>;
  /** The regions outside the plan kept as benchmarks (the others are left out). */
  benchmarks: string[];
  /** A filled task template's answers, read against the project's ledger (no tables, nothing to ask). */
  tasks?: TaskTemplateReading;
}

/** What the hook keeps per file outside React state, so that quick successive changes build on each other. */
interface Session {
  id: string;
  /** Null once released: the next analysis reads the file again in a new worker. */
  worker: ImportFileWorker | null;
  name: string;
  bytes: Uint8Array;
  /** The password the file opened with, to read it again after the worker was released. */
  password?: string;
  /** Settles when a worker made after a release has read the file again. */
  reopened?: Promise<ImportFileWorker>;
  overrides: TableOverrides;
  choices: Record<string, string>;
  benchmarks: string[];
  /** Read and analysed at least once: worth analysing again when the plan or decisions change. */
  read: boolean;
  /** A task template: its answers are read once, never its tables. */
  tasks?: boolean;
  /** The latest analysis asked for: older answers are ignored. */
  analysis: number;
}

/** The session's worker; after a release, a new one, once it has read the file again. */
function workerFor(session: Session): Promise<ImportFileWorker> {
  if (session.worker) return session.reopened ?? Promise.resolve(session.worker);
  const worker = new ImportFileWorker(session.id);
  session.worker = worker;
  session.reopened = worker.read(session.name, session.bytes, session.password).then(() => worker);
  return session.reopened;
}

/** Decisions to map with: the project's saved ones, then the user's choices in this file. */
function decisionsFor(saved: Record<string, string>, choices: Record<string, string>): Record<string, string> {
  const chosen = Object.entries(choices).filter(([, id]) => id !== DO_NOT_IMPORT);
  return { ...saved, ...Object.fromEntries(chosen) };
}

/** Files being imported, and the actions the wizard offers on them. */
export function useFileImports(plan: Plan, savedDecisions: Record<string, string>, projectId: string) {
  const [files, setFiles] = useState<FileImport[]>([]);
  const sessions = useRef(new Map<string, Session>());
  const context = useRef({ plan, savedDecisions, projectId });
  context.current = { plan, savedDecisions, projectId };

  const update = useCallback((id: string, change: (file: FileImport) => FileImport) => {
    setFiles((all) => all.map((f) => (f.id === id ? change(f) : f)));
  }, []);

  const fail = useCallback(
    (id: string, error: unknown) => {
      const code = error instanceof ImportWorkerError ? error.code : 'unreadable';
      const message = error instanceof Error ? error.message : String(error);
      update(id, (f) => ({ ...f, stage: 'failed', progress: 0, error: { code, message } }));
    },
    [update],
  );

  const analyse = useCallback(
    (id: string) => {
      const session = sessions.current.get(id);
      if (!session) return;
      const { overrides, choices, benchmarks } = session;
      const ticket = ++session.analysis;
      const { plan: currentPlan, savedDecisions: saved, projectId: currentProject } = context.current;
      update(id, (f) => ({ ...f, stage: 'analysing', progress: 0.6, overrides, choices, benchmarks }));
      workerFor(session)
        .then((worker) =>
          worker.analyse(currentPlan, overrides, { decisions: decisionsFor(saved, choices), projectId: currentProject, benchmarks }, (progress) => {
            if (session.analysis === ticket) update(id, (f) => ({ ...f, progress }));
          }),
        )
        .then(({ tables, noTables }) => {
          if (session.analysis !== ticket) return;
          const names: Record<string, UnmappedName> = {};
          for (const t of tables) for (const u of t.mapped?.unmapped ?? []) names[u.name] = u;
          update(id, (f) => ({ ...f, stage: 'ready', progress: 1, tables, noTables, names: { ...f.names, ...names } }));
        })
        .catch((error) => {
          if (session.analysis === ticket) fail(id, error);
        });
    },
    [update, fail],
  );

  /** Reads a task template's answers against the project's ledger and its stored records of that year. */
  const readTasks = useCallback(
    (id: string) => {
      const session = sessions.current.get(id);
      if (!session?.worker) return;
      session.tasks = true;
      const worker = session.worker;
      const { projectId: currentProject } = context.current;
      update(id, (f) => ({ ...f, stage: 'analysing', progress: 0.6 }));
      Promise.all([projectLedger(db, currentProject), listProgress(db, currentProject)])
        .then(([ledger, existing]) => {
          if (!ledger) throw new Error(bilingual('taskTemplates.noLedger'));
          return worker.readTasks(ledger, { importedAt: new Date().toISOString(), projectId: currentProject, existing });
        })
        .then((tasks) => update(id, (f) => ({ ...f, stage: 'ready', progress: 1, tasks })))
        .catch((error) => fail(id, error));
    },
    [update, fail],
  );

  const read = useCallback(
    (id: string, password?: string) => {
      const session = sessions.current.get(id);
      if (!session?.worker) return;
      update(id, (f) => ({ ...f, stage: 'reading', progress: 0, passwordWrong: false }));
      session.worker
        .read(session.name, session.bytes, password, (progress) => update(id, (f) => ({ ...f, progress })))
        .then((result) => {
          session.read = true;
          session.password = password;
          update(id, (f) => ({ ...f, read: result }));
          if (result.taskYear !== undefined) readTasks(id);
          else analyse(id);
        })
        .catch((error) => {
          if (error instanceof ImportWorkerError && (error.code === 'password-required' || error.code === 'password-wrong')) {
            update(id, (f) => ({ ...f, stage: 'password', progress: 0, passwordWrong: error.code === 'password-wrong' }));
          } else fail(id, error);
        });
    },
    [update, analyse, readTasks, fail],
  );

  /** Starts reading each file in its own worker. */
  const addFiles = useCallback(
    (opened: OpenedFile[]) => {
      const added: FileImport[] = opened.map((o) => ({
        id: newId(),
        name: o.name,
        stage: 'reading',
        progress: 0,
        tables: [],
        noTables: [],
        overrides: {},
        choices: {},
        names: {},
        conflictDecisions: {},
        benchmarks: [],
      }));
      opened.forEach((o, i) => sessions.current.set(added[i]!.id, { id: added[i]!.id, worker: new ImportFileWorker(added[i]!.id), name: o.name, bytes: o.bytes, overrides: {}, choices: {}, benchmarks: [], read: false, analysis: 0 }));
      setFiles((all) => [...all, ...added]);
      for (const f of added) read(f.id);
    },
    [read],
  );

  /** Stops reading or analysing a file; the file stays listed as cancelled. */
  const cancel = useCallback(
    (id: string) => {
      sessions.current.get(id)?.worker?.cancel();
      sessions.current.delete(id);
    },
    [],
  );

  /**
   * Ends the file's worker and the workbook it holds (before storing the values, which are on this thread by
   * then); a later correction reads the file again.
   */
  const release = useCallback((id: string) => {
    const session = sessions.current.get(id);
    if (!session?.worker) return;
    session.worker.cancel();
    session.worker = null;
    session.reopened = undefined;
  }, []);

  /** Forgets a file (after its import, or when the user removes it). */
  const remove = useCallback((id: string) => {
    sessions.current.get(id)?.worker?.cancel();
    sessions.current.delete(id);
    setFiles((all) => all.filter((f) => f.id !== id));
  }, []);

  /** Replaces the user's corrections of one table and maps again. */
  const setOverride = useCallback(
    (id: string, tableKey: string, override: TableOverride) => {
      const session = sessions.current.get(id);
      if (!session) return;
      session.overrides = { ...session.overrides, [tableKey]: override };
      analyse(id);
    },
    [analyse],
  );

  /** Records the indicator (or DO_NOT_IMPORT) chosen for a name and maps again. */
  const choose = useCallback(
    (id: string, name: string, choice: string) => {
      const session = sessions.current.get(id);
      if (!session) return;
      const choices = { ...session.choices };
      if (choice) choices[name] = choice;
      else delete choices[name];
      session.choices = choices;
      analyse(id);
    },
    [analyse],
  );

  /** Sets the regions outside the plan kept as benchmarks and maps again. */
  const keepBenchmarks = useCallback(
    (id: string, kept: string[]) => {
      const session = sessions.current.get(id);
      if (!session) return;
      session.benchmarks = kept;
      analyse(id);
    },
    [analyse],
  );

  /** Keeps or replaces the stored values of the given conflicts. */
  const decideConflicts = useCallback(
    (id: string, keys: string[], decision: ConflictDecision) => {
      update(id, (f) => ({ ...f, conflictDecisions: { ...f.conflictDecisions, ...Object.fromEntries(keys.map((k) => [k, decision])) } }));
    },
    [update],
  );

  /** The file's original bytes as opened (kept with its values on import), or undefined once it is forgotten. */
  const bytesOf = useCallback((id: string): Uint8Array | undefined => sessions.current.get(id)?.bytes, []);

  /** Tries the file again with the password the user typed. */
  const submitPassword = useCallback((id: string, password: string) => read(id, password), [read]);

  /** The user would not give a password: the file stays listed as not opened. */
  const declinePassword = useCallback(
    (id: string) => {
      cancel(id);
      update(id, (f) => ({ ...f, stage: 'failed', error: { code: 'password-required', message: '' } }));
    },
    [cancel, update],
  );

  // The plan or the saved decisions changed (e.g. another file's import saved a decision): map again.
  useEffect(() => {
    for (const [id, session] of sessions.current) if (session.read && !session.tasks) analyse(id);
  }, [plan, savedDecisions, analyse]);

  useEffect(() => {
    const open = sessions.current;
    return () => {
      for (const session of open.values()) session.worker?.cancel();
      open.clear();
    };
  }, []);

  return { files, addFiles, cancel, release, remove, setOverride, choose, keepBenchmarks, decideConflicts, bytesOf, submitPassword, declinePassword };
}
