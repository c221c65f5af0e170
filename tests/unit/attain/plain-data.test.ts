// An evaluation is plain data: its JSON, a structured clone and its field order are those of the model.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { indicator, plan, series, settings } from './build';
import { valueSet } from '../../../shared/model';

describe('an evaluation is plain data', () => {
  const evaluation = evaluate(
    plan([indicator({ nature: 'binding' })], ['甲区']),
    valueSet([...series('x', { 2020: 100, 2021: 105, 2023: 112 }), ...series('x', { 2020: 40, 2023: 50 }, '甲区')]),
    settings(2023),
  );

  it('survives JSON and a structured clone unchanged', () => {
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
    expect(structuredClone(evaluation)).toEqual(evaluation);
  });

  it('writes the fields of a result, a ranking entry and a finding in the order of the model', () => {
    const result = evaluation.indicators[0];
    expect(Object.keys(result)).toEqual([
      'indicatorId',
      'region',
      'baseline',
      'baselineYear',
      'target',
      'latest',
      'runningSum',
      'completion',
      'timeProgress',
      'pace',
      'status',
      'achievedEarly',
      'projection',
      'required',
      'score',
      'trend',
      'dataLag',
      'redFlag',
      'findings',
    ]);
    expect(Object.keys(result.latest!)).toEqual(['year', 'value']);
    expect(Object.keys(evaluation.rankings[0].entries[0])).toEqual(['region', 'latest', 'growth', 'rankByLatest', 'rankByGrowth']);
    // 2022 is missing between the baseline year and 2023.
    expect(Object.keys(result.findings[0])).toEqual(['code', 'message', 'cells']);
  });
});
