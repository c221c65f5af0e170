// The methodology appendix: every rule of METHOD.md with the project's own cut-offs and thresholds.
import { t, type Language } from '../i18n';
import type { EvaluationSettings } from '../model';
import { formatRaw } from './format';

export interface Methodology {
  title: string;
  rules: { heading: string; text: string }[];
}

const SECTIONS = [
  'baseline',
  'revision',
  'completion',
  'time',
  'status',
  'rounding',
  'projection',
  'required',
  'score',
  'rollup',
  'redFlag',
  'regions',
  'monitoring',
  'quality',
  'numbers',
] as const;

/** The rules the engine applies under `settings`, in `lang`, for the app's methodology page and the report appendix. */
export function methodology(settings: EvaluationSettings, lang: Language): Methodology {
  const percent = (fraction: number) => `${formatRaw(fraction * 100)} %`;
  const overrides = Object.entries(settings.projectionOverrides)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, method]) => `${id}: ${method}`);
  const { ahead, onTrack, lagging, seriouslyLagging, stagnant } = settings.cutoffs;
  const params: Record<string, string | number> = {
    asOf: settings.asOf,
    ahead: formatRaw(ahead),
    onTrack: formatRaw(onTrack),
    lagging: formatRaw(lagging),
    seriouslyLagging: formatRaw(seriouslyLagging),
    stagnant: formatRaw(stagnant),
    threshold: percent(settings.coverageThreshold),
    yoy: percent(settings.quality.yoyThreshold),
    tolerance: percent(settings.quality.regionSumTolerance),
    overrides: overrides.length ? t('attain.method.overrides', lang, { list: overrides.join(t('common.sep.clause', lang)) }) : '',
  };
  return {
    title: t('attain.method.title', lang),
    rules: SECTIONS.map((section) => ({
      heading: t(`attain.method.${section}.heading`, lang),
      text: t(`attain.method.${section}.text`, lang, params),
    })),
  };
}
