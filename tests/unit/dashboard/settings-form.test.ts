// The settings dialog's check: numbers only, cut-offs from high to low, percentages in range; valid forms become settings.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model';
import { formFromSettings, settingsFromForm, settingsProblems, type SettingsForm } from '../../../renderer/src/screens/dashboard/settings-form';

const base = formFromSettings({ ...defaultSettings(2023), projectionOverrides: { x: 'linear' } });
const withField = (field: keyof SettingsForm['fields'], value: string): SettingsForm => ({ ...base, fields: { ...base.fields, [field]: value } });

describe('the settings form', () => {
  it('shows fractions as percentages the user types (0.8 → 80, 0.01 → 1)', () => {
    expect(base.fields).toEqual({ ahead: '1', onTrack: '0.95', lagging: '0.5', seriouslyLagging: '0.1', stagnant: '-0.1', coverageThreshold: '80', yoyThreshold: '50', regionSumTolerance: '1' });
  });

  it('turns an unchanged form back into the same settings', () => {
    expect(settingsFromForm(base)).toEqual({ ...defaultSettings(2023), projectionOverrides: { x: 'linear' } });
  });

  it('turns typed percentages into fractions', () => {
    const settings = settingsFromForm(withField('coverageThreshold', '75'))!;
    expect(settings.coverageThreshold).toBe(0.75);
  });

  it('refuses text that is not a number, at its field', () => {
    expect(settingsProblems(withField('lagging', 'abc'))).toEqual({ lagging: { key: 'dashboard.settings.error.number' } });
    expect(settingsProblems(withField('yoyThreshold', ''))).toEqual({ yoyThreshold: { key: 'dashboard.settings.error.number' } });
    expect(settingsFromForm(withField('lagging', '1e3'))).toBeNull();
  });

  it('refuses a cut-off above the one before it, naming that one', () => {
    expect(settingsProblems(withField('onTrack', '1.2'))).toEqual({
      onTrack: { key: 'dashboard.settings.error.order', params: { field: 'dashboard.settings.ahead', value: '1' } },
    });
    // Equal cut-offs are allowed: the band between them is simply empty.
    expect(settingsProblems(withField('onTrack', '1'))).toEqual({});
  });

  it('reads back the thousands separators it shows (formatRaw writes 20000 as 20,000)', () => {
    const wide = formFromSettings({ ...defaultSettings(2023), quality: { ...defaultSettings(2023).quality, yoyThreshold: 200 } });
    expect(wide.fields.yoyThreshold).toBe('20,000');
    expect(settingsFromForm(wide)!.quality.yoyThreshold).toBe(200);
    expect(settingsProblems(withField('yoyThreshold', '20,00'))).toEqual({ yoyThreshold: { key: 'dashboard.settings.error.number' } });
  });

  it('refuses percentages out of range', () => {
    expect(Object.keys(settingsProblems(withField('coverageThreshold', '101')))).toEqual(['coverageThreshold']);
    expect(Object.keys(settingsProblems(withField('yoyThreshold', '0')))).toEqual(['yoyThreshold']);
    expect(Object.keys(settingsProblems(withField('regionSumTolerance', '-1')))).toEqual(['regionSumTolerance']);
    expect(settingsProblems(withField('coverageThreshold', '100'))).toEqual({});
  });
});
