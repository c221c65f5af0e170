// The open project's evaluation, derived on every change of plan, values or settings (never stored).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { evaluate } from '../../../shared/attain';
import { valueSet, type Evaluation, type EvaluationSettings, type Observation, type ValueSet } from '../../../shared/model';
import { db, updateSettings, type StoredProjectValues } from '../../db';
import { useProject } from './project-context';
import { watchProjectValues } from './project-values';
import { useToast } from './toast';
import { useStableValue } from './use-stable-value';

export interface EvaluationApi {
  /** null while the values load. */
  evaluation: Evaluation | null;
  /**
   * Every stored value as an object, in storing order; null until first built, which for a large project may be a
   * moment after the evaluation is shown. After a change, the previous values until the new ones are built.
   */
  observations: Observation[] | null;
  /** The values as the engine reads them (what the evaluation was made from); null while they load. */
  values: ValueSet | null;
  /** Every year that has a value (empty while the values load). */
  yearsWithData: ReadonlySet<number>;
  /** The values of the indicators that have any 示例数据 value (empty while the values load). */
  illustrativeIndicatorValues: readonly Observation[];
  settings: EvaluationSettings;
  /** True from a settings change until the project has been saved and reloaded with it. */
  settingsSaving: boolean;
  /** Merges `changes` into the settings, shows the result at once and saves it to the project. */
  setSettings(changes: Partial<EvaluationSettings>): Promise<void>;
}

const NO_YEARS: ReadonlySet<number> = new Set();
const NO_VALUES: readonly Observation[] = [];

/** Loads the open project's values (live, re-read whenever storage changes), evaluates them under the project's settings and saves settings changes. */
export function useEvaluation(): EvaluationApi {
  const { project, reload } = useProject();
  const { reportError } = useToast();
  const [read, setRead] = useState<StoredProjectValues | null>(null);
  // The objects of the latest read whose objects are built. A screen showing them is not taken down to a loading
  // line and back (losing what the user had open) while the objects of a new read are being built.
  const [built, setBuilt] = useState<{ projectId: string; observations: Observation[] } | null>(null);
  // Settings being saved: shown at once, dropped when the project reloads with them.
  const [pending, setPending] = useState<EvaluationSettings | null>(null);

  useEffect(() => {
    return watchProjectValues(project.id, setRead, reportError);
  }, [project.id, reportError]);

  // A read of the project shown before this one is never evaluated with this one's plan.
  const values = read?.projectId === project.id ? read : null;

  // A small project's values are built in the render; a large project's a few chunks per task after it.
  const builtAtOnce = useMemo(() => values?.observationsAtOnce() ?? null, [values]);
  useEffect(() => {
    if (!values || builtAtOnce) return;
    let current = true;
    values.observations().then((observations) => current && setBuilt({ projectId: values.projectId, observations }), reportError);
    return () => {
      current = false;
    };
  }, [values, builtAtOnce, reportError]);

  useEffect(() => setPending(null), [project.settings]);

  const settings = useStableValue(pending ?? project.settings);
  const plan = useStableValue(project.plan);
  const observations = builtAtOnce ?? (built?.projectId === project.id ? built.observations : null);
  // The stored columns when they are in storing order; otherwise the objects, once built.
  const input = useMemo(() => (values ? (values.columns ?? (observations ? valueSet(observations) : null)) : null), [values, observations]);
  const evaluation = useMemo(() => (input ? evaluate(plan, input, settings) : null), [plan, input, settings]);
  const yearsWithData = useMemo(() => values?.years() ?? NO_YEARS, [values]);
  const illustrativeIndicatorValues = useMemo(() => values?.illustrativeIndicatorValues() ?? NO_VALUES, [values]);

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

  return { evaluation, observations, values: input, yearsWithData, illustrativeIndicatorValues, settings, settingsSaving: pending !== null, setSettings };
}
