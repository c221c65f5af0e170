// The rules a ledger item must satisfy before it is saved, whether built in, typed or read from a 分工方案.
import { t, type Language } from '../i18n';
import { MAX_YEAR, MIN_YEAR, type FieldError } from '../model';
import { ITEM_KINDS, STAGES, VERBS, type Ledger, type LedgerItem } from './model';
import { canonicalSection, formatSectionRef, parentSection, parseSectionRef } from './section';

/** Plan ids and indicator ids follow the same rule. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/i;

type Fail = (field: string, key: string, params?: Record<string, string | number>) => void;

/**
 * Checks one item; `others` are the ledger's other items (for the unique-id rule; the item itself, if among them, is
 * skipped) and `indicatorIds` the plan's indicators, which the item may link to.
 */
export function validateLedgerItem(item: LedgerItem, others: readonly LedgerItem[], indicatorIds: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const fail: Fail = (field, key, params = {}) => errors.push({ field, key, params });

  const id = item.id.trim();
  if (id === '') fail('id', 'ledger.error.idEmpty');
  else if (!ID_PATTERN.test(id)) fail('id', 'ledger.error.idPattern', { value: item.id });
  else if (others.some((other) => other !== item && other.id.trim().toLowerCase() === id.toLowerCase())) fail('id', 'ledger.error.idDuplicate', { value: item.id });

  checkSection(item.section, fail);
  if (item.title.trim() === '') fail('title', 'ledger.error.titleEmpty');
  if (!ITEM_KINDS.includes(item.kind)) fail('kind', 'ledger.error.kind', { value: String(item.kind) });
  if (!VERBS.includes(item.verb)) fail('verb', 'ledger.error.verb', { value: String(item.verb) });
  checkPartners(item, fail);
  checkMilestones(item, fail);
  checkInvestment(item, fail);
  checkIndicators(item.indicators, indicatorIds, fail);
  return errors;
}

/**
 * Checks every item of a ledger against the plan's indicators and, when the ledger lists the plan's sections, that each
 * item's section is one of them or a sub-item of one; lists only items with errors.
 */
export function validateLedger(ledger: Ledger, indicatorIds: readonly string[]): { itemId: string; errors: FieldError[] }[] {
  const known = new Set(ledger.sections.map((s) => s.ref));
  return ledger.items
    .map((item) => {
      const errors = validateLedgerItem(item, ledger.items, indicatorIds);
      if (known.size > 0 && !errors.some((e) => e.field === 'section') && !inSections(item.section, known)) {
        errors.push({ field: 'section', key: 'ledger.error.sectionUnknown', params: { value: item.section } });
      }
      return { itemId: item.id, errors };
    })
    .filter((entry) => entry.errors.length > 0);
}

/** "五（一）2" is in the plan when "五（一）2" or its part "五（一）" is a listed section. */
function inSections(section: string, known: ReadonlySet<string>): boolean {
  const ref = parseSectionRef(section)!;
  const parent = ref.item === null ? null : parentSection(ref);
  return known.has(section) || (parent !== null && known.has(formatSectionRef(parent)));
}

/** Parameters that hold a stage or kind id, named in the reader's language when the message is written. */
const STAGE_PARAMS = ['stage', 'later', 'earlier'];

/** "条目“p-gz-lab”：…": the error with the item it is about, in one language. */
export function describeLedgerError(itemId: string, error: FieldError, lang: Language): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      STAGE_PARAMS.includes(name) ? t(`ledger.stage.${value}`, lang) : name === 'kind' ? t(`ledger.kind.${value}`, lang) : value,
    ]),
  );
  return t('ledger.error.location', lang, { id: itemId }) + t(error.key, lang, params);
}

function checkSection(section: string, fail: Fail): void {
  if (section.trim() === '') return fail('section', 'ledger.error.sectionEmpty');
  const canonical = canonicalSection(section);
  if (canonical === null) fail('section', 'ledger.error.sectionInvalid', { value: section });
  else if (canonical !== section) fail('section', 'ledger.error.sectionForm', { value: section, canonical });
}

function checkPartners(item: LedgerItem, fail: Fail): void {
  const seen = new Set<string>();
  for (const partner of item.partners) {
    const name = partner.trim();
    if (name === '') fail('partners', 'ledger.error.partnerEmpty');
    else if (seen.has(name)) fail('partners', 'ledger.error.partnerDuplicate', { value: name });
    else if (name === item.lead.trim()) fail('partners', 'ledger.error.partnerIsLead', { value: name });
    seen.add(name);
  }
}

/** Each stage once, each a real year, and no stage reached before an earlier one. */
function checkMilestones(item: LedgerItem, fail: Fail): void {
  const seen = new Set<string>();
  for (const milestone of item.milestones) {
    if (!Number.isInteger(milestone.year) || milestone.year < MIN_YEAR || milestone.year > MAX_YEAR) {
      fail('milestones', 'ledger.error.milestoneYear', { value: String(milestone.year) });
    }
    if (!STAGES.includes(milestone.stage)) fail('milestones', 'ledger.error.milestoneStage', { value: String(milestone.stage) });
    else if (seen.has(milestone.stage)) fail('milestones', 'ledger.error.milestoneDuplicate', { stage: milestone.stage });
    seen.add(milestone.stage);
  }
  const known = item.milestones.filter((m) => STAGES.includes(m.stage)).sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  for (let i = 1; i < known.length; i++) {
    const [before, after] = [known[i - 1]!, known[i]!];
    if (after.year < before.year) {
      fail('milestones', 'ledger.error.milestoneOrder', { later: after.stage, laterYear: after.year, earlier: before.stage, earlierYear: before.year });
    }
  }
}

function checkInvestment(item: LedgerItem, fail: Fail): void {
  if (item.investment === undefined) return;
  if (item.kind !== 'project') return fail('investment', 'ledger.error.investmentNotProject', { kind: item.kind });
  for (const [field, value] of [['investment.planned', item.investment.planned], ['investment.completed', item.investment.completed]] as const) {
    if (value !== null && !(Number.isFinite(value) && value >= 0)) fail(field, 'ledger.error.investmentValue', { value: String(value) });
  }
}

function checkIndicators(linked: readonly string[], indicatorIds: readonly string[], fail: Fail): void {
  const seen = new Set<string>();
  for (const id of linked) {
    if (!indicatorIds.includes(id)) fail('indicators', 'ledger.error.indicatorUnknown', { value: id });
    else if (seen.has(id)) fail('indicators', 'ledger.error.indicatorDuplicate', { value: id });
    seen.add(id);
  }
}
