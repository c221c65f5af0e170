// An evaluation project: a plan (the project's own editable copy), its settings and its imports.
import type { Plan } from './plan';
import type { Observation } from './observation';

export type ProjectionMethod = 'cagr' | 'linear';

/** Pace cut-offs of METHOD.md's status table (Q = completion / time progress). */
export interface StatusCutoffs {
  ahead: number;
  onTrack: number;
  lagging: number;
  seriouslyLagging: number;
  stagnant: number;
}

export interface QualitySettings {
  /** Year-on-year change beyond this fraction is a finding (0.5 = ±50 %). */
  yoyThreshold: number;
  /** Regions that do not add up to the total within this fraction (0.01 = ±1 %). */
  regionSumTolerance: number;
}

export interface EvaluationSettings {
  asOf: number;
  cutoffs: StatusCutoffs;
  quality: QualitySettings;
  /** Below this share of weight with a score, a roll-up shows "insufficient data". */
  coverageThreshold: number;
  /** Per indicator id: force the projection method instead of METHOD.md's choice. */
  projectionOverrides: Record<string, ProjectionMethod>;
}

export const DEFAULT_CUTOFFS: StatusCutoffs = {
  ahead: 1.0,
  onTrack: 0.95,
  lagging: 0.5,
  seriouslyLagging: 0.1,
  stagnant: -0.1,
};

export function defaultSettings(asOf: number): EvaluationSettings {
  return {
    asOf,
    cutoffs: { ...DEFAULT_CUTOFFS },
    quality: { yoyThreshold: 0.5, regionSumTolerance: 0.01 },
    coverageThreshold: 0.8,
    projectionOverrides: {},
  };
}

export interface Project {
  id: string;
  name: string;
  plan: Plan;
  settings: EvaluationSettings;
  /** ISO 8601 times. */
  createdAt: string;
  updatedAt: string;
  /** The bundled sample project: its values are 示例数据 unless cited. */
  sample?: boolean;
  /** Mapping decisions the user confirmed: normalised source name → indicator id. */
  mappingDecisions: Record<string, string>;
  /** The publication each imported file's figures are from (《广州统计年鉴2023》表1-8 …), by the file's SHA-256. */
  publications?: Record<string, string>;
}

/** One import of one file: its observations land together with it, or not at all. */
export interface ImportBatch {
  id: string;
  projectId: string;
  fileName: string;
  fileHash: string;
  importedAt: string;
  /** How many observations the batch added. */
  count: number;
  /** Stored observations this batch replaced (kept so that undo can restore them). */
  replaced: Observation[];
  /** Incoming values not stored because the stored value was kept (a conflict decided "keep"). */
  kept?: Observation[];
  /**
   * Of the `count` values written: new places, places whose different stored value the user replaced, and places
   * whose stored value equals the incoming one (now sourced from this file). Absent in batches of older versions.
   */
  tally?: { added: number; replaced: number; confirmed: number };
  /** The data-collection templates the file was filled from (their ids), when it was one: the tracker matches returns by them. */
  templateIds?: string[];
}
