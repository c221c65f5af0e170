// Every message the dashboard asks for exists, including the keys it builds from finding codes, methods and fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys } from '../../../shared/i18n';
import type { FindingCode } from '../../../shared/model';
import { CUTOFF_FIELDS, PERCENT_FIELDS } from '../../../renderer/src/screens/dashboard/settings-form';

const DIR = 'renderer/src/screens/dashboard';
const FINDING_CODES: FindingCode[] = ['data-lag', 'missing-years', 'yoy-jump', 'spike', 'power-of-ten', 'share-out-of-range', 'negative-count', 'regions-do-not-add-up', 'conflict', 'rounding-decides', 'binding-flag'];

describe('the dashboard’s messages', () => {
  const known = new Set(messageKeys());

  it('exist for every literal dashboard.… key in its screens', () => {
    const used = readdirSync(DIR).flatMap((name) => [...readFileSync(join(DIR, name), 'utf8').matchAll(/'(dashboard\.[\w.-]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('exist for the keys built from finding codes, views, methods and settings fields', () => {
    const built = [
      ...FINDING_CODES.map((code) => `dashboard.finding.${code}`),
      ...['overview', 'charts', 'regions', 'methodology'].map((v) => `dashboard.view.${v}`),
      ...['cagr', 'linear', 'auto'].map((m) => `dashboard.method.${m}`),
      ...['cagr', 'linearUp', 'linearDown', 'cumulative'].map((m) => `attain.effort.${m}`),
      ...[...CUTOFF_FIELDS, ...PERCENT_FIELDS].map((f) => `dashboard.settings.${f}`),
      ...PERCENT_FIELDS.map((f) => `dashboard.settings.error.${f}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });
});
