// A ledger item is checked field by field, each broken rule with a message in both languages naming the item.
import { describe, expect, it } from 'vitest';
import { t } from '../../../shared/i18n';
import { describeLedgerError, ITEM_KINDS, ledgerVersion, STAGES, validateLedger, validateLedgerItem, VERBS, type Ledger, type LedgerItem } from '../../../shared/ledger';

const INDICATORS = ['platforms', 'tech-contracts'];

function item(over: Partial<LedgerItem> = {}): LedgerItem {
  return { id: 'p-gz-lab', section: '五（一）1', title: '广州实验室', kind: 'platform', verb: 'build', lead: '', partners: [], milestones: [], indicators: [], ...over };
}

const fields = (i: LedgerItem, others: LedgerItem[] = []) => validateLedgerItem(i, others, INDICATORS).map((e) => [e.field, e.key]);

describe('validating a ledger item', () => {
  it('accepts a complete project with units, ordered milestones, investment and indicators', () => {
    const project = item({
      id: 'x-1', kind: 'project', lead: '市科技局', partners: ['市发展改革委', '黄埔区'],
      milestones: [{ year: 2021, stage: 'approved' }, { year: 2022, stage: 'started' }, { year: 2022, stage: 'completed' }, { year: 2024, stage: 'operating' }],
      investment: { planned: 120000, completed: null }, indicators: ['platforms'],
    });
    expect(validateLedgerItem(project, [project], INDICATORS)).toEqual([]);
  });

  it('checks the id: empty, malformed, or another item\'s (case aside)', () => {
    expect(fields(item({ id: ' ' }))).toEqual([['id', 'ledger.error.idEmpty']]);
    expect(fields(item({ id: 'p gz' }))).toEqual([['id', 'ledger.error.idPattern']]);
    expect(fields(item(), [item({ id: 'P-GZ-LAB', title: 'other' })])).toEqual([['id', 'ledger.error.idDuplicate']]);
  });

  it('checks the section: empty, unrecognised, or recognised but not written canonically', () => {
    expect(fields(item({ section: '' }))).toEqual([['section', 'ledger.error.sectionEmpty']]);
    expect(fields(item({ section: '第五章' }))).toEqual([['section', 'ledger.error.sectionInvalid']]);
    const halfWidth = validateLedgerItem(item({ section: '五(一)1' }), [], INDICATORS);
    expect(halfWidth.map((e) => [e.key, e.params])).toEqual([['ledger.error.sectionForm', { value: '五(一)1', canonical: '五（一）1' }]]);
  });

  it('checks the title, kind and verb against their fixed lists', () => {
    expect(fields(item({ title: '' }))).toEqual([['title', 'ledger.error.titleEmpty']]);
    expect(fields(item({ kind: 'programme' as LedgerItem['kind'] }))).toEqual([['kind', 'ledger.error.kind']]);
    expect(fields(item({ verb: '建成' as LedgerItem['verb'] }))).toEqual([['verb', 'ledger.error.verb']]);
  });

  it('checks the partners: none blank, none twice, not the lead', () => {
    expect(fields(item({ lead: '市科技局', partners: ['', '市教育局', '市教育局', '市科技局'] }))).toEqual([
      ['partners', 'ledger.error.partnerEmpty'], ['partners', 'ledger.error.partnerDuplicate'], ['partners', 'ledger.error.partnerIsLead'],
    ]);
  });

  it('checks the milestones: a real year, a known stage, each stage once, no stage before an earlier one', () => {
    expect(fields(item({ milestones: [{ year: 20.5, stage: 'approved' }] }))).toEqual([['milestones', 'ledger.error.milestoneYear']]);
    expect(fields(item({ milestones: [{ year: 2022, stage: 'opened' as 'approved' }] }))).toEqual([['milestones', 'ledger.error.milestoneStage']]);
    expect(fields(item({ milestones: [{ year: 2022, stage: 'started' }, { year: 2023, stage: 'started' }] }))).toEqual([['milestones', 'ledger.error.milestoneDuplicate']]);
    const reversed = validateLedgerItem(item({ milestones: [{ year: 2024, stage: 'started' }, { year: 2023, stage: 'completed' }] }), [], INDICATORS);
    expect(reversed.map((e) => [e.key, e.params])).toEqual([['ledger.error.milestoneOrder', { later: 'completed', laterYear: 2023, earlier: 'started', earlierYear: 2024 }]]);
  });

  it('allows investment on projects only, in amounts of at least 0', () => {
    expect(fields(item({ investment: { planned: 1, completed: 1 } }))).toEqual([['investment', 'ledger.error.investmentNotProject']]);
    expect(fields(item({ kind: 'project', investment: { planned: -1, completed: Number.NaN } }))).toEqual([
      ['investment.planned', 'ledger.error.investmentValue'], ['investment.completed', 'ledger.error.investmentValue'],
    ]);
  });

  it('links only to the plan\'s indicators, each once', () => {
    expect(fields(item({ indicators: ['platforms', 'platforms', 'gdp'] }))).toEqual([['indicators', 'ledger.error.indicatorDuplicate'], ['indicators', 'ledger.error.indicatorUnknown']]);
  });

  it('checks, when the ledger lists the plan\'s sections, that each item is in one of them', () => {
    const sections = [{ ref: '五', title: '聚焦科学发现' }, { ref: '五（一）', title: '强化国家战略科技力量' }];
    const items = [item(), item({ id: 'a', section: '五（一）' }), item({ id: 'b', section: '五（二）1' }), item({ id: 'c', section: '六' }), item({ id: 'd', section: '第五章' })];
    const found = validateLedger({ planId: 'p', sections, items }, INDICATORS).map((entry) => [entry.itemId, entry.errors.map((e) => e.key)]);
    expect(found).toEqual([['b', ['ledger.error.sectionUnknown']], ['c', ['ledger.error.sectionUnknown']], ['d', ['ledger.error.sectionInvalid']]]);
    expect(validateLedger({ planId: 'p', sections: [], items: items.slice(0, 4) }, INDICATORS)).toEqual([]);
  });

  it('lists only the items of a ledger with errors, by id', () => {
    const ledger: Ledger = { planId: 'p', sections: [], items: [item(), item({ id: 't-5-1-1', kind: 'task', title: '' })] };
    expect(validateLedger(ledger, INDICATORS).map((entry) => entry.itemId)).toEqual(['t-5-1-1']);
  });
});

describe('the messages of ledger errors', () => {
  it('name the item and what is wrong, in each language, stage and kind named in that language', () => {
    const [order] = validateLedgerItem(item({ milestones: [{ year: 2024, stage: 'started' }, { year: 2023, stage: 'completed' }] }), [], INDICATORS);
    expect(describeLedgerError('p-gz-lab', order!, 'zh')).toBe('条目“p-gz-lab”：阶段“建成/挂牌”（2023年）早于其前一阶段“开工”（2024年）');
    expect(describeLedgerError('p-gz-lab', order!, 'en')).toBe('Item "p-gz-lab": The stage "built or inaugurated" (2023) comes before the earlier stage "started" (2024)');
    const [investment] = validateLedgerItem(item({ investment: { planned: 1, completed: null } }), [], INDICATORS);
    expect(describeLedgerError('p-gz-lab', investment!, 'zh')).toBe('条目“p-gz-lab”：计划投资和完成投资只适用于项目，本条目为平台');
    expect(describeLedgerError('p-gz-lab', investment!, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('exist for every kind, stage and verb, each verb with its rubric', () => {
    for (const kind of ITEM_KINDS) expect(t(`ledger.kind.${kind}`, 'en')).not.toBe('');
    for (const stage of STAGES) expect(t(`ledger.stage.${stage}`, 'zh')).not.toBe('');
    for (const verb of VERBS) {
      expect(t(`ledger.verb.${verb}.rubric`, 'zh').startsWith(`${t(`ledger.verb.${verb}.label`, 'zh')}：`)).toBe(true);
      expect(t(`ledger.verb.${verb}.rubric`, 'en')).not.toBe('');
    }
    expect(t('ledger.stage.completed', 'zh')).toBe('建成/挂牌');
  });
});

describe('the ledger version', () => {
  const ledger: Ledger = { planId: 'p', sections: [], items: [item(), item({ id: 't-5-1-1', kind: 'task', verb: 'establish', title: '构建科学高效的多层次实验室体系' })] };

  it('changes with an item\'s id, section, title, kind or verb, or with the items', () => {
    const version = ledgerVersion(ledger);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const changed = (change: (l: Ledger) => void) => {
      const copy = structuredClone(ledger);
      change(copy);
      return ledgerVersion(copy);
    };
    for (const change of [
      (l: Ledger) => (l.items[0]!.title = '广州实验室（国家实验室）'),
      (l: Ledger) => (l.items[0]!.section = '五（一）2'),
      (l: Ledger) => (l.items[0]!.verb = 'advance'),
      (l: Ledger) => (l.items[0]!.kind = 'project'),
      (l: Ledger) => (l.items[1]!.id = 't-5-1-9'),
      (l: Ledger) => l.items.pop(),
    ]) expect(changed(change)).not.toBe(version);
  });

  it('stays when responsible units, milestones or links are filled in', () => {
    const copy = structuredClone(ledger);
    Object.assign(copy.items[0]!, { lead: '市科技局', partners: ['黄埔区'], milestones: [{ year: 2022, stage: 'completed' }], indicators: ['platforms'] });
    expect(ledgerVersion(copy)).toBe(ledgerVersion(ledger));
  });
});
