// The `planeval evaluate --json` document: the engine's results for one region, numbers unrounded,
// completion, time progress, coverage and growth rates as fractions.
import type { BenchmarkValue, Evaluation, IndicatorResult, Plan } from '../shared/model';

function indicatorJson(plan: Plan, result: IndicatorResult, benchmarks: BenchmarkValue[] | undefined) {
  const indicator = plan.indicators.find((i) => i.id === result.indicatorId)!;
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    region: result.region,
    baseline: result.baseline,
    target: result.target,
    // Only under a target revision: `target` is the revised one; the plan's own and the revision applied beside it.
    ...(result.revision
      ? {
          originalTarget: result.revision.originalTarget,
          revision: { effectiveYear: result.revision.effectiveYear, reason: result.revision.reason, basis: result.revision.basis },
        }
      : {}),
    latest: result.latest,
    completion: result.completion,
    timeProgress: result.timeProgress,
    pace: result.pace,
    score: result.score,
    status: result.status,
    projection: result.projection && {
      method: result.projection.method,
      year: result.projection.year,
      value: result.projection.value,
      achieved: result.projection.achieved,
    },
    required: result.required,
    findings: result.findings.map((f) => ({ code: f.code, message: f.message, cells: f.cells })),
    // Regions outside the plan, shown beside the whole area's figure and never judged.
    ...(benchmarks ? { benchmarks: benchmarks.map((b) => ({ region: b.region, year: b.latest.year, value: b.latest.value })) } : {}),
  };
}

/** The evaluation as the command line prints it, for `region` (the whole area when it is the plan's whole-area region). */
export function evaluationJson(plan: Plan, evaluation: Evaluation, region: string) {
  const wholeArea = plan.regions.find((r) => r.whole)?.name;
  const benchmarksOf = new Map(evaluation.benchmarks.map((b) => [b.indicatorId, b.entries]));
  const results =
    region === wholeArea ? evaluation.indicators : plan.indicators.map((i) => evaluation.regions.find((r) => r.indicatorId === i.id && r.region === region)).filter((r) => r !== undefined);
  return {
    asOf: evaluation.asOf,
    plan: { id: plan.id, name: plan.name },
    overall: { score: evaluation.overall.score, coverage: evaluation.overall.coverage, counts: evaluation.overall.counts },
    categories: evaluation.categories.map((c) => ({ name: c.name, score: c.score, coverage: c.coverage, counts: c.counts })),
    indicators: results.map((r) => indicatorJson(plan, r, region === wholeArea ? (benchmarksOf.get(r.indicatorId) ?? []) : undefined)),
  };
}
