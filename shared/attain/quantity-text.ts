// How a figure of an indicator is written wherever it is shown (screen, report, export): a value with its unit, a
// change per year (percentage points for a share: 个百分点, never "%"), and the effort the rest of the period needs.
import { t, type Language } from '../i18n';
import type { Indicator, RequiredEffort } from '../model';
import { formatRaw, formatValue } from './format';
import { isRateUnit } from './projection';

/** Growth rates, completion and time progress are written in percent at one decimal, as communiqués do. */
const PERCENT_DECIMALS = 1;

/** A fraction in percent, without a space: Chinese prose writes "39.6%". */
export function percentText(fraction: number): string {
  return `${formatValue(fraction * 100, PERCENT_DECIMALS)}%`;
}

function withUnit(number: string, unit: string, lang: Language): string {
  return lang === 'zh' || isRateUnit(unit) || unit === '' ? `${number}${unit}` : `${number} ${unit}`;
}

/** An observed or computed value at the indicator's precision, with its unit: "2550.82亿元". */
export function quantityText(value: number, indicator: Indicator, lang: Language): string {
  return withUnit(formatValue(value, indicator.precision), indicator.unit, lang);
}

/** A number the plan states (baseline, target), as the plan writes it: "3000亿元", "3.4%". */
export function planQuantityText(value: number, indicator: Indicator, lang: Language): string {
  return withUnit(formatRaw(value), indicator.unit, lang);
}

/** A difference or a change per year; for percentages in percentage points ("0.06个百分点"). */
export function stepText(value: number, indicator: Indicator, lang: Language): string {
  const number = formatValue(value, indicator.precision);
  return isRateUnit(indicator.unit) ? t('attain.text.percentPoints', lang, { value: number }) : withUnit(number, indicator.unit, lang);
}

/** The effort the rest of the period needs, without its years: "年均需增长8.4%", "每年需提高1.0个百分点", "每年需新增12家". */
export function effortText(required: RequiredEffort, indicator: Indicator, lang: Language): string {
  if (required.method === 'cagr') return t('attain.effort.cagr', lang, { rate: percentText(required.value) });
  if (required.method === 'linear') {
    return t(required.value < 0 ? 'attain.effort.linearDown' : 'attain.effort.linearUp', lang, { step: stepText(Math.abs(required.value), indicator, lang) });
  }
  return t('attain.effort.cumulative', lang, { step: quantityText(required.value, indicator, lang) });
}
