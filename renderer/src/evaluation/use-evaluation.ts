// The open project's evaluation, derived on every change of plan, observations or settings (never stored).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { evaluate } from '../../../shared/attain';
import type { Evaluation, EvaluationSettings, Observation } from '../../../shared/model';
import { db, listObservations, updateSettings } from '../../db';
import { useProject } from '../app/project-context';
import { useToast } from '../components/toast';
import { watchProjectValues } from './project-values';
import { useStableValue } from './use-stable-value';

export interface EvaluationApi {
  /** null while the observations load. */
  evaluation: Evaluation | null;
  observations: Observation[];
  settings: EvaluationSettings;
  /** Merges `changes` into the settings, shows the result at once and saves it to the project. */
  setSettings(changes: Partial<EvaluationSettings>): Promise<void>;
  /** Re-reads the observations (they are also re-read whenever storage changes). */
  refresh(): Promise<void>;
}

/** Loads the open project's observations (live), evaluates them under the project's settings and saves settings changes. */
export function useEvaluation(): EvaluationApi {
  const { project, reload } = useProject();
  const { reportError } = useToast();
  const [observations, setObservations] = useState<Observation[] | null>(null);
  // Settings being saved: shown at once, dropped when the project reloads with them.
  const [pending, setPending] = useState<EvaluationSettings | null>(null);

  useEffect(() => {
    return watchProjectValues(project.id, setObservations, reportError);
  }, [project.id, reportError]);

  useEffect(() => setPending(null), [project.settings]);

  const settings = useStableValue(pending ?? project.settings);
  const plan = useStableValue(project.plan);
  const evaluation = useMemo(() => (observations ? evaluate(plan, observations, settings) : null), [plan, observations, settings]);

  const setSettings = useCallback(
    async (changes: Partial<EvaluationSettings>) => {
      const next: EvaluationSettings = { ...(pending ?? project.settings), ...changes };
      setPending(next);
      try {
        await updateSettings(db, project.id, next);
        await reload();
      } catch (error) {
        setPending(null);
        reportError(error);
      }
    },
    [pending, project.settings, project.id, reload, reportError],
  );

  const refresh = useCallback(async () => {
    setObservations(await listObservations(db, project.id));
  }, [project.id]);

  return { evaluation, observations: observations ?? [], settings, setSettings, refresh };
}
