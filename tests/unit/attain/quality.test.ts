// Every data-quality check of METHOD.md, firing and not firing.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/attain';
import { type Indicator, type ObservationInput, type Provenance, valueSet } from '../../../shared/model';
import { indicator, plan, series, settings } from './build';

function findings(ind: Indicator, observations: ObservationInput[], asOf = 2025) {
  return evaluate(plan([ind]), valueSet(observations), settings(asOf)).indicators[0].findings;
}
const codes = (ind: Indicator, values: Record<number, number>, asOf = 2025) => findings(ind, series('x', values), asOf).map((f) => f.code);

describe('missing years between the baseline year and the latest year', () => {
  it('fires for 2022 in 2021, 2023, 2024', () => {
    const f = findings(indicator(), series('x', { 2021: 110, 2023: 130, 2024: 140 }), 2024).filter((x) => x.code === 'missing-years');
    expect(f).toHaveLength(1);
    expect(f[0].cells.map((c) => c.year)).toEqual([2022]);
    expect(f[0].message).toContain('2022');
  });
  it('does not fire for a complete series, nor for years before the baseline', () => {
    expect(codes(indicator(), { 2015: 80, 2021: 110, 2022: 120, 2023: 130 }, 2023)).not.toContain('missing-years');
  });
});

describe('year-on-year changes and spikes', () => {
  it('a change beyond ±50 % is a yoy-jump: 100 → 160 (+60 %)', () => {
    const f = findings(indicator(), series('x', { 2021: 100, 2022: 160, 2023: 170 }), 2023);
    const jump = f.filter((x) => x.code === 'yoy-jump');
    expect(jump).toHaveLength(1);
    expect(jump[0].cells.map((c) => c.year)).toEqual([2021, 2022]);
    expect(jump[0].message).toContain('+60.0 %');
  });
  it('does not fire at +40 % or −40 %', () => {
    expect(codes(indicator(), { 2021: 100, 2022: 140, 2023: 84 }, 2023)).not.toContain('yoy-jump');
  });
  it('a year off both neighbours, which agree, is one spike and no jumps: 100, 101, 300, 102, 103', () => {
    const c = codes(indicator(), { 2021: 100, 2022: 101, 2023: 300, 2024: 102, 2025: 103 });
    expect(c.filter((x) => x === 'spike')).toHaveLength(1);
    expect(c).not.toContain('yoy-jump');
  });
  it('a level shift is not a spike: 100, 200, 205', () => {
    const c = codes(indicator(), { 2021: 100, 2022: 200, 2023: 205 }, 2023);
    expect(c).not.toContain('spike');
    expect(c).toContain('yoy-jump');
  });
  it('the threshold is a project setting', () => {
    const r = evaluate(plan([indicator()]), valueSet(series('x', { 2021: 100, 2022: 140 })), settings(2022, { quality: { yoyThreshold: 0.3, regionSumTolerance: 0.01 } }));
    expect(r.indicators[0].findings.map((f) => f.code)).toContain('yoy-jump');
  });
});

describe('power-of-ten slips', () => {
  it('a share stored as 0.033 among 3.1, 3.2, 3.4, 3.5 (1/100 of its neighbours)', () => {
    const share = indicator({ unit: '%', precision: 1, aggregation: 'none' });
    const f = findings(share, series('x', { 2021: 3.1, 2022: 3.2, 2023: 0.033, 2024: 3.4, 2025: 3.5 }));
    const slip = f.filter((x) => x.code === 'power-of-ten');
    expect(slip).toHaveLength(1);
    expect(slip[0].cells[0].year).toBe(2023);
    expect(slip[0].message).toContain('1/100');
    // Reported once, as a slip, not again as a jump or a spike.
    expect(f.map((x) => x.code)).not.toContain('yoy-jump');
    expect(f.map((x) => x.code)).not.toContain('spike');
  });
  it('万元 read as 亿元: 22,000,000 among 2000, 2100, 2300 (10⁴ times)', () => {
    const f = findings(indicator(), series('x', { 2021: 2000, 2022: 2100, 2023: 22_000_000, 2024: 2300 }), 2024);
    expect(f.find((x) => x.code === 'power-of-ten')?.message).toContain('10000');
  });
  it('does not fire on fast but steady growth (+40 % a year) or with fewer than 3 values', () => {
    expect(codes(indicator(), { 2021: 100, 2022: 140, 2023: 196, 2024: 274.4, 2025: 384.16 })).not.toContain('power-of-ten');
    expect(codes(indicator(), { 2021: 100, 2022: 1000 }, 2022)).not.toContain('power-of-ten');
  });
});

describe('shares outside 0–100 and negative counts', () => {
  const share = indicator({ unit: '%', precision: 1, aggregation: 'none', baseline: { year: 2020, value: 50 }, target: { year: 2025, comparator: '>=', value: 60 } });
  it('a share of 101 % or −1 % fires; 0 %, 99 % and 100 % do not', () => {
    expect(codes(share, { 2021: 101, 2022: -1 }, 2022).filter((c) => c === 'share-out-of-range')).toHaveLength(2);
    expect(codes(share, { 2021: 0, 2022: 99, 2023: 100 }, 2023)).not.toContain('share-out-of-range');
  });
  it('‰ allows up to 1000', () => {
    expect(codes(indicator({ unit: '‰', aggregation: 'none' }), { 2023: 1001 }, 2023)).toContain('share-out-of-range');
    expect(codes(indicator({ unit: '‰', aggregation: 'none' }), { 2023: 999 }, 2023)).not.toContain('share-out-of-range');
  });
  it('a negative value of an indicator that adds up is a negative count; a ratio may be negative', () => {
    expect(codes(indicator({ aggregation: 'sum' }), { 2023: -3 }, 2023)).toContain('negative-count');
    expect(codes(indicator({ aggregation: 'sum' }), { 2023: 0 }, 2023)).not.toContain('negative-count');
    expect(codes(indicator({ aggregation: 'none', unit: '元/人' }), { 2023: -3 }, 2023)).not.toContain('negative-count');
  });
});

describe('conflicting imports', () => {
  const source = (fileName: string, cell: string): Provenance => ({ fileName, fileHash: 'h', sheet: '表1', cell, rawText: '', importedAt: '2024-01-01T00:00:00Z' });
  it('uses the last value in input order and names both sources', () => {
    const observations: ObservationInput[] = [
      { indicatorId: 'x', region: '全市', year: 2023, value: 150, source: source('年鉴2023.xlsx', 'B5') },
      { indicatorId: 'x', region: '全市', year: 2022, value: 140 },
      { indicatorId: 'x', region: '全市', year: 2023, value: 155, source: source('公报2023.xlsx', 'C9') },
    ];
    const r = evaluate(plan([indicator()]), valueSet(observations), settings(2023)).indicators[0];
    expect(r.latest).toEqual({ year: 2023, value: 155 });
    const conflict = r.findings.find((f) => f.code === 'conflict')!;
    expect(conflict.message).toContain('150');
    expect(conflict.message).toContain('年鉴2023.xlsx 表1!B5');
    expect(conflict.message).toContain('公报2023.xlsx 表1!C9');
    expect(conflict.cells.map((c) => c.source?.cell)).toEqual(['B5', 'C9']);
  });
  it('the same value imported twice is no conflict', () => {
    const r = evaluate(plan([indicator()]), valueSet([...series('x', { 2023: 150 }), ...series('x', { 2023: 150 })]), settings(2023)).indicators[0];
    expect(r.findings.map((f) => f.code)).not.toContain('conflict');
  });
});

describe('a clean series', () => {
  it('has no findings at all', () => {
    expect(findings(indicator(), series('x', { 2021: 110, 2022: 120, 2023: 135 }), 2023)).toEqual([]);
  });
});
