// The indicator editor's form: every field as the text the user typed, and the conversion to an Indicator.
// Numbers that do not parse become NaN, so validateIndicator reports them at their field.
import type { Aggregation, Comparator, Indicator, IndicatorKind, Nature, Plan } from '../../../../shared/model';

export interface IndicatorForm {
  id: string;
  name: string;
  category: string;
  unit: string;
  precision: string;
  baselineYear: string;
  baselineValue: string;
  /** 'none' for a monitoring indicator without a numeric target. */
  comparator: Comparator | 'none';
  targetYear: string;
  targetValue: string;
  targetLo: string;
  targetHi: string;
  direction: '1' | '-1';
  kind: IndicatorKind;
  nature: Nature;
  weight: string;
  aggregation: Aggregation;
  /** One alias per line (; and ； also separate). */
  aliases: string;
  source: string;
  definition: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form showing an existing indicator. */
export function formFromIndicator(indicator: Indicator): IndicatorForm {
  const target = indicator.target;
  return {
    id: indicator.id,
    name: indicator.name,
    category: indicator.category,
    unit: indicator.unit,
    precision: String(indicator.precision),
    baselineYear: text(indicator.baseline?.year),
    baselineValue: text(indicator.baseline?.value),
    comparator: target?.comparator ?? 'none',
    targetYear: text(target?.year),
    targetValue: target && target.comparator !== 'range' ? String(target.value) : '',
    targetLo: target?.comparator === 'range' ? String(target.lo) : '',
    targetHi: target?.comparator === 'range' ? String(target.hi) : '',
    direction: indicator.direction === -1 ? '-1' : '1',
    kind: indicator.kind,
    nature: indicator.nature,
    weight: String(indicator.weight),
    aggregation: indicator.aggregation,
    aliases: indicator.aliases.join('\n'),
    source: indicator.source,
    definition: indicator.definition ?? '',
  };
}

/** A number typed by the user; NaN when it is empty or not a number. */
export function parseNumber(value: string): number {
  const trimmed = value.trim().replace(/,/g, '');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The indicator the form describes (not yet validated). */
export function indicatorFromForm(form: IndicatorForm): Indicator {
  const hasBaseline = form.baselineYear.trim() !== '' || form.baselineValue.trim() !== '';
  const year = parseNumber(form.targetYear);
  const definition = form.definition.trim();
  return {
    id: form.id.trim(),
    name: form.name.trim(),
    category: form.category,
    unit: form.unit.trim(),
    precision: parseNumber(form.precision),
    baseline: hasBaseline ? { year: parseNumber(form.baselineYear), value: parseNumber(form.baselineValue) } : null,
    target:
      form.comparator === 'none'
        ? null
        : form.comparator === 'range'
          ? { year, comparator: 'range', lo: parseNumber(form.targetLo), hi: parseNumber(form.targetHi) }
          : { year, comparator: form.comparator, value: parseNumber(form.targetValue) },
    direction: form.direction === '-1' ? -1 : 1,
    kind: form.kind,
    nature: form.nature,
    weight: parseNumber(form.weight),
    aggregation: form.aggregation,
    aliases: form.aliases
      .split(/[\n;；]/)
      .map((a) => a.trim())
      .filter(Boolean),
    source: form.source.trim(),
    ...(definition ? { definition } : {}),
  };
}

/** A new indicator's starting form: in `category`, targeting the plan's last year, with a free id. */
export function blankForm(plan: Plan, category: string): IndicatorForm {
  const taken = new Set(plan.indicators.map((i) => i.id.toLowerCase()));
  let n = plan.indicators.length + 1;
  while (taken.has(`indicator-${n}`)) n++;
  return {
    id: `indicator-${n}`,
    name: '',
    category,
    unit: '',
    precision: '0',
    baselineYear: '',
    baselineValue: '',
    comparator: '>=',
    targetYear: String(plan.period.end),
    targetValue: '',
    targetLo: '',
    targetHi: '',
    direction: '1',
    kind: 'level',
    nature: 'expected',
    weight: '1',
    aggregation: 'none',
    aliases: '',
    source: '',
    definition: '',
  };
}
