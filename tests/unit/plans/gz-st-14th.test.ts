// The built-in plan carries the 12 target and 2 monitoring indicators of guangzhou-indicators.md, baselines only where the plan gives them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../../shared/model/validate';
import { GZ_PLAN_ID, guangzhouPlan } from '../../../shared/plans/gz-st-14th';
import { HAS_SHARED, NO_SHARED_REASON, sharedPath } from '../../support/shared-dir';

const TARGET_IDS = ['platforms', 'basic-research-share', 'tech-contracts', 'hv-patents', 'incubators', 'industrial-rd-ratio', 'hitech-output-share', 'overseas-talent', 'rd-researchers', 'rd-intensity', 'new-listed-firms', 'sci-literacy'];
const MONITORING_IDS = ['hitech-firms', 'tech-smes'];

describe('the built-in plan gz-st-14th', () => {
  const plan = guangzhouPlan();
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));

  it('has 14 indicators with stable ids: 12 with targets and 2 monitoring-only', () => {
    expect(plan.id).toBe(GZ_PLAN_ID);
    expect(plan.indicators.map((i) => i.id).sort()).toEqual([...TARGET_IDS, ...MONITORING_IDS].sort());
    expect(plan.indicators.filter((i) => i.target !== null).map((i) => i.id).sort()).toEqual([...TARGET_IDS].sort());
    for (const id of MONITORING_IDS) expect(byId.get(id)!.target).toBeNull();
  });

  it('has the baselines the plan text gives (2020) and no others', () => {
    const baselines = Object.fromEntries(plan.indicators.filter((i) => i.baseline).map((i) => [i.id, i.baseline]));
    expect(baselines).toEqual({
      'tech-contracts': { year: 2020, value: 2256 },
      incubators: { year: 2020, value: 41 },
      'hitech-output-share': { year: 2020, value: 51 },
      'rd-intensity': { year: 2020, value: 3.1 },
      'hitech-firms': { year: 2020, value: 12000 },
    });
  });

  it('has the 2025 targets and comparators of the plan', () => {
    const targets = Object.fromEntries(plan.indicators.filter((i) => i.target).map((i) => [i.id, i.target]));
    const at2025 = (comparator: '>=' | '>', value: number) => ({ year: 2025, comparator, value });
    expect(targets).toEqual({
      platforms: at2025('>=', 320), 'basic-research-share': at2025('>=', 15), 'tech-contracts': at2025('>', 3000),
      'hv-patents': at2025('>=', 30), incubators: at2025('>', 60), 'industrial-rd-ratio': at2025('>=', 1.7),
      'hitech-output-share': at2025('>=', 55), 'overseas-talent': at2025('>=', 1.8), 'rd-researchers': at2025('>=', 150),
      'rd-intensity': at2025('>', 3.4), 'new-listed-firms': at2025('>', 60), 'sci-literacy': at2025('>=', 24.5),
    });
  });

  it('defaults every indicator to 预期性, weight 1, higher-is-better; the two flows over the period are cumulative', () => {
    for (const i of plan.indicators) expect([i.nature, i.weight, i.direction]).toEqual(['expected', 1, 1]);
    expect(plan.indicators.filter((i) => i.kind === 'cumulative').map((i) => i.id).sort()).toEqual(['new-listed-firms', 'overseas-talent']);
  });

  it('covers 2021–2025 with base year 2020 and a whole-area region 全市 beside the 11 districts', () => {
    expect(plan).toMatchObject({ period: { start: 2021, end: 2025 }, baseYear: 2020 });
    expect(plan.regions.filter((r) => r.whole).map((r) => r.name)).toEqual(['全市']);
    expect(plan.regions).toHaveLength(12);
  });

  it('passes its own validation, and each call gives an independent copy', () => {
    expect(validatePlan(plan)).toEqual([]);
    plan.indicators[0].name = 'changed';
    expect(guangzhouPlan().indicators[0].name).not.toBe('changed');
  });
});

describe.skipIf(!HAS_SHARED)(`gz-st-14th against guangzhou-indicators.md (skipped when ${NO_SHARED_REASON})`, () => {
  /** The rows of the doc's "Indicators (12 with targets)" table: id, category, name, unit, baseline text, target text. */
  function docRows(): { id: string; category: string; name: string; unit: string; baseline: string; target: string }[] {
    const doc = readFileSync(sharedPath('data', 'guangzhou-indicators.md'), 'utf8');
    return doc
      .split('\n')
      .filter((line) => /^\| \d+ \| `/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map(([, , id, category, name, unit, baseline, target]) => ({ id: id.replace(/`/g, ''), category, name, unit, baseline, target }));
  }

  it('has the doc\'s ids, categories, units and names (the doc may add a gloss in parentheses)', () => {
    const plan = guangzhouPlan();
    const rows = docRows();
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const indicator = plan.indicators.find((i) => i.id === row.id)!;
      expect([indicator.category, indicator.unit]).toEqual([row.category, row.unit]);
      expect(row.name.startsWith(indicator.name)).toBe(true);
    }
  });

  it('has a baseline exactly where the doc gives one, with its value, and the doc\'s target values', () => {
    const plan = guangzhouPlan();
    for (const row of docRows()) {
      const indicator = plan.indicators.find((i) => i.id === row.id)!;
      const docBaseline = /^[\d.]+/.exec(row.baseline);
      expect(indicator.baseline?.value ?? null).toBe(docBaseline ? Number(docBaseline[0]) : null);
      const docTarget = Number(/[\d.]+/.exec(row.target)![0]);
      expect(indicator.target && 'value' in indicator.target ? indicator.target.value : null).toBe(docTarget);
      if (row.target.startsWith('>') && !row.target.startsWith('≥')) expect(indicator.target?.comparator).toBe('>');
    }
  });
});
