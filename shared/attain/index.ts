// The attainment engine (METHOD.md): a pure function of plan, values and settings, the values it used, and the
// formatting and explanation of its figures.
export { evaluate } from './evaluate';
export { UsedValues } from './used-values';
export { explainComputation } from './explain';
export { methodology } from './methodology';
export { formatCount, formatPercent, formatRaw, formatTarget, formatValue, roundTo } from './format';
export { effortText, percentText, planQuantityText, quantityText, stepText } from './quantity-text';
export { isRateUnit } from './projection';
export { averageAnnualGrowth } from './trend';
export { targetInForce } from './target';
