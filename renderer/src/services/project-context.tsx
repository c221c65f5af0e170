// The open project for the workspace's screens: read it with useProject(), save plan edits through it.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Plan, Project } from '../../../shared/model';
import { db, getProject, updatePlan } from '../../db';
import { useToast } from './toast';

export interface ProjectApi {
  project: Project;
  /** Shows the new plan at once and stores it; a failed save is reported and the stored plan reloaded. */
  savePlan(plan: Plan): Promise<void>;
  /** Re-reads the project from storage (after another screen changed it). */
  reload(): Promise<void>;
  /** True from a plan change being shown until it is stored: a reload or a closed window before then would lose it. */
  saving: boolean;
}

const ProjectContext = createContext<ProjectApi | null>(null);

/** Loads the project and provides it; renders `missing` when it does not exist (e.g. deleted). */
export function ProjectProvider({ projectId, children, loading, missing }: { projectId: string; children: ReactNode; loading: ReactNode; missing: ReactNode }) {
  const { reportError } = useToast();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'missing' } | { status: 'ready'; project: Project }>({ status: 'loading' });
  const [savesUnderWay, setSavesUnderWay] = useState(0);

  const reload = useCallback(async () => {
    const project = await getProject(db, projectId);
    setState(project ? { status: 'ready', project } : { status: 'missing' });
  }, [projectId]);

  useEffect(() => {
    reload().catch(reportError);
  }, [reload, reportError]);

  const savePlan = useCallback(
    async (plan: Plan) => {
      setState((s) => (s.status === 'ready' ? { status: 'ready', project: { ...s.project, plan, updatedAt: new Date().toISOString() } } : s));
      setSavesUnderWay((n) => n + 1);
      try {
        await updatePlan(db, projectId, plan);
      } catch (error) {
        reportError(error);
        await reload();
      } finally {
        setSavesUnderWay((n) => n - 1);
      }
    },
    [projectId, reload, reportError],
  );

  if (state.status === 'loading') return <>{loading}</>;
  if (state.status === 'missing') return <>{missing}</>;
  return <ProjectContext.Provider value={{ project: state.project, savePlan, reload, saving: savesUnderWay > 0 }}>{children}</ProjectContext.Provider>;
}

/** The open project. */
export function useProject(): ProjectApi {
  const api = useContext(ProjectContext);
  if (!api) throw new Error('useProject() outside <ProjectProvider>');
  return api;
}
