# The evaluate bench's pandas peer: METHOD.md's latest value, x0, completion P, time progress S, pace Q and status
# for every (indicator, region), vectorised, timed from a DataFrame already in memory.
#
# Usage: evaluate_pandas.py PLAN.json OBSERVATIONS.csv. Prints the pandas version and the status counts of the
# whole area and of the regions as one line of JSON, then for each line read from stdin evaluates once more and
# prints the time it took (ms), so that the bench can alternate these runs with its own.
#
# It does less than evaluate() and so favours pandas: no projection, required effort, score, roll-up, region
# ranking, data-quality finding, conflict finding, red flag or cited cell. Deliberate simplifications, none of which
# the bench data reaches: a `range` target is refused rather than resolved; rounding is half away from zero without
# the engine's correction of binary noise next to a half (shared/attain/format.ts roundTo), which changes a result
# only when a value times 10^precision lies within 1e-6 of a half.
import json
import sys
import time

import numpy as np
import pandas as pd

KEYS = ['indicator', 'region']
# The comparators and what each tests, in one table so that np.select reads them in one pass.
COMPARATORS = {'>=': np.greater_equal, '>': np.greater, '<=': np.less_equal, '<': np.less, '=': np.equal}


def round_half_away(x, decimals):
    factor = 10.0 ** decimals
    return np.sign(x) * np.floor(np.abs(x) * factor + 0.5) / factor


def meets(value, comparator, target):
    return np.select([comparator == c for c in COMPARATORS], [test(value, target) for test in COMPARATORS.values()], False)


def indicator_table(plan):
    """The plan's indicators indexed by id: t0 (its baseline year, else the plan's base year), x0, T, x*."""
    rows = []
    for i in plan['indicators']:
        baseline, target = i['baseline'], i['target']
        if target and target['comparator'] == 'range':
            raise ValueError(f"{i['id']}: range targets are not part of this peer")
        rows.append({
            'indicator': i['id'],
            'kind': i['kind'],
            'precision': i['precision'],
            'aggregation': i['aggregation'],
            't0': baseline['year'] if baseline else plan['baseYear'],
            'plan_x0': baseline['value'] if baseline else np.nan,
            'T': target['year'] if target else np.nan,
            'x_star': target['value'] if target else np.nan,
            'comparator': target['comparator'] if target else '',
        })
    return pd.DataFrame(rows).set_index('indicator')


def status(f, x0, cutoffs, whole_area):
    """METHOD.md steps 1–4 for the series of frame `f` (one row each) with baseline values `x0`."""
    has_target = f['T'].notna()
    kind, t, t0, T, xt, x_star = f['kind'], f['t'], f['t0'], f['T'], f['xt'], f['x_star']
    years = t - t0
    with np.errstate(divide='ignore', invalid='ignore'):
        cagr = np.where((years > 0) & (x0 > 0) & (xt > 0), (xt / x0) ** (1 / years) - 1, np.nan)
        completion = np.select(
            [kind == 'level', kind == 'cumulative'],
            [np.where(x_star != x0, (xt - x0) / (x_star - x0), np.nan), np.where(x_star != 0, f['sum'] / x_star, np.nan)],
            np.where(x_star != 0, cagr * 100 / x_star, np.nan),
        )
        progress = np.where((T > t0) & (t >= t0), np.minimum(1, years / (T - t0)), np.nan)
        pace = np.where(progress > 0, completion / progress, np.nan)
    # The achieved test on the published precision (growth rates at 1 decimal), both sides rounded.
    tested = np.select([kind == 'level', kind == 'cumulative'], [xt, f['sum']], cagr * 100)
    decimals = np.where(kind == 'growth', 1, f['precision'])
    achieved = meets(round_half_away(tested, decimals), f['comparator'], round_half_away(x_star, decimals))
    q = round_half_away(pace, 9)
    # A region is assessed only with a baseline of its own; the whole area's data may be missing.
    first = [t.isna(), ~has_target] if whole_area else [~has_target, np.isnan(x0)]
    first_codes = ['no-data', 'monitoring'] if whole_area else ['monitoring', 'not-assessable']
    return np.select(
        first + [achieved, np.isnan(q), q >= cutoffs['ahead'], q >= cutoffs['onTrack'], q >= cutoffs['lagging'],
                 q >= cutoffs['seriouslyLagging'], q >= cutoffs['stagnant']],
        first_codes + ['achieved', 'not-assessable', 'ahead', 'on-track', 'lagging', 'seriously-lagging', 'stagnant'],
        'regressing',
    )


def evaluate(observations, indicators, plan, settings):
    """The status of every (indicator, region): the whole area's for every indicator, a region's where it has data."""
    data = observations[np.isfinite(observations['value']) & (observations['year'] <= settings['asOf'])]
    # One value a year, the later of two as in the engine.
    data = data.drop_duplicates(['indicator', 'region', 'year'], keep='last')
    # Per row its indicator's t0 and T, mapped through the categories (a join would hash every row's id).
    data = data.assign(t0=data['indicator'].map(indicators['t0']).astype('float64'), T=data['indicator'].map(indicators['T']).astype('float64'))
    # The latest year of each series (one row each, the years being distinct); groupby's idxmax would loop in Python.
    latest = data[data['year'] == data.groupby(KEYS, observed=True, sort=False)['year'].transform('max')]
    series = latest[KEYS + ['year', 'value']].set_index(KEYS)
    series.columns = ['t', 'xt']
    # The running sum of a cumulative indicator: t0 < y ≤ min(t, T), and every year here is ≤ t already.
    summed = data[(data['year'] > data['t0']) & (data['year'] <= data['T'])]
    series['sum'] = summed.groupby(KEYS, observed=True, sort=False)['value'].sum()
    series['sum'] = series['sum'].fillna(0)
    at_t0 = data[data['year'] == data['t0']]
    series['own_x0'] = at_t0.set_index(KEYS)['value']

    whole = series.xs(plan['whole'], level='region').reindex(indicators.index).join(indicators)
    # Only the plan's own regions are assessed: any other (全国, a province) is a benchmark, never judged.
    listed = series.index.get_level_values('region').isin(plan['parts'])
    regions = series[listed].join(indicators, on='indicator')
    # A region's own baseline (its value in t0) only where the plan's target applies to it: a share or ratio.
    own = regions['own_x0'].where((regions['aggregation'] == 'none') & regions['T'].notna())
    # Without a plan baseline value, a level indicator's whole-area x0 is the data's value in t0 (METHOD.md).
    from_data = whole['own_x0'].where((whole['kind'] == 'level') & whole['T'].notna())
    return (
        status(whole, whole['plan_x0'].fillna(from_data), settings['cutoffs'], True),
        status(regions, own, settings['cutoffs'], False),
    )


def main(plan_path, observations_path):
    with open(plan_path, encoding='utf-8') as f:
        inputs = json.load(f)
    plan, settings = inputs['plan'], inputs['settings']
    indicators = indicator_table(plan)
    # Indicator ids and regions as categories: each string once, per row a code, as the app's stored columns hold them.
    observations = pd.read_csv(observations_path, dtype={'indicator': 'category', 'region': 'category', 'year': 'int64', 'value': 'float64'},
                               float_precision='round_trip')
    whole, regions = evaluate(observations, indicators, plan, settings)
    counts = lambda codes: {k: int(v) for k, v in zip(*np.unique(codes, return_counts=True))}
    print(json.dumps({'pandas': pd.__version__, 'whole': counts(whole), 'regions': counts(regions)}), flush=True)
    for _ in sys.stdin:
        start = time.perf_counter()
        evaluate(observations, indicators, plan, settings)
        print(json.dumps((time.perf_counter() - start) * 1000), flush=True)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
