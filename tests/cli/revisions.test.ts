// The command line's JSON under a target revision: `plan show` lists the revisions, `evaluate` shows the revised target
// with the plan's own beside it, and neither adds a field where a plan has no revisions.
import { describe, expect, it } from 'vitest';
import { planSummary } from '../../cli/commands/plan';
import { evaluationJson } from '../../cli/evaluation-json';
import { evaluate } from '../../shared/attain';
import { defaultSettings, valueSet, type Plan, type TargetRevision } from '../../shared/model';
import { gzSampleObservations } from '../../shared/plans/gz-sample';
import { guangzhouPlan } from '../../shared/plans/gz-st-14th';

const revision: TargetRevision = {
  effectiveYear: 2023,
  target: { comparator: '>', value: 2800 },
  reason: '统计口径调整',
  basis: '穗科〔2023〕12号',
  recordedAt: '2023-07-01T00:00:00.000Z',
};

function revisedPlan(): Plan {
  const plan = guangzhouPlan();
  return { ...plan, indicators: plan.indicators.map((i) => (i.id === 'tech-contracts' ? { ...i, revisions: [revision] } : i)) };
}

describe('the command line JSON of a revised plan', () => {
  it('plan show --json lists an indicator\'s revisions, and only that indicator gains the field', () => {
    const shown = planSummary(revisedPlan());
    expect(shown.indicators.find((i) => i.id === 'tech-contracts')).toMatchObject({ target: { year: 2025, comparator: '>', value: 3000 }, revisions: [revision] });
    expect(shown.indicators.filter((i) => 'revisions' in i)).toHaveLength(1);
    expect(planSummary(guangzhouPlan()).indicators.some((i) => 'revisions' in i)).toBe(false);
  });

  it('evaluate --json shows the revised target with the original and the revision, from the effective year on', () => {
    const plan = revisedPlan();
    const values = valueSet(gzSampleObservations('2024-01-01T00:00:00.000Z'));
    const at = (asOf: number) => evaluationJson(plan, evaluate(plan, values, defaultSettings(asOf)), '全市').indicators;
    const revised = at(2023).find((i) => i.id === 'tech-contracts')!;
    expect(revised).toMatchObject({
      target: { year: 2025, comparator: '>', value: 2800 },
      originalTarget: { year: 2025, comparator: '>', value: 3000 },
      revision: { effectiveYear: 2023, reason: '统计口径调整', basis: '穗科〔2023〕12号' },
    });
    expect(at(2023).filter((i) => 'originalTarget' in i || 'revision' in i).map((i) => i.id)).toEqual(['tech-contracts']);
    expect(at(2022).find((i) => i.id === 'tech-contracts')).not.toHaveProperty('originalTarget');
  });
});
