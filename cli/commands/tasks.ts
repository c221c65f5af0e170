// planeval tasks show: print a plan's ledger of key tasks and major platforms (重点任务与重大平台台账); planeval tasks
// import: read a 分工方案 against it and print the proposed changes, the problems and the ledger as mapped.
import { t, type Language } from '../../shared/i18n';
import { formatSectionRef, ledgerVersion, parentSection, parseSectionRef, sectionHeading, type Ledger, type LedgerItem } from '../../shared/ledger';
import { loadLedger } from '../load-ledger';
import { loadPlan } from '../load-plan';
import { alignColumns } from '../text';
import { defineCommand } from './define-command';
import { divisionReport } from './tasks-import';

const SYNOPSIS = 'planeval tasks show <builtin:gz-st-14th> [--json] [--lang zh|en]\nplaneval tasks import <file> --plan builtin:gz-st-14th [--json] [--lang zh|en]';

export const tasksCommand = defineCommand({
  name: 'tasks',
  summary: 'ledger.cli.summary',
  synopsis: SYNOPSIS,
  help: ['ledger.cli.help', 'division.cli.help'],
  args: { allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'zh' }, plan: { type: 'string' } } },
  async run({ values, positionals }, usage) {
    const [action, spec] = positionals;
    const lang = values.lang;
    if (!spec || positionals.length > 2 || (lang !== 'zh' && lang !== 'en')) return usage();
    if (action === 'import' && values.plan) return divisionReport(spec, values.plan, values.json === true, lang);
    if (action !== 'show' || values.plan !== undefined) return usage();
    const ledger = loadLedger(spec);
    const plan = await loadPlan(spec);
    process.stdout.write(values.json ? JSON.stringify(ledgerSummary(ledger), null, 2) + '\n' : ledgerTable(ledger, plan.name, lang));
    return 0;
  },
});

/** The fields `tasks show --json` prints: the ledger's version and sections, and each item as the issue lists it. */
export function ledgerSummary(ledger: Ledger) {
  return {
    planId: ledger.planId,
    version: ledgerVersion(ledger),
    sections: ledger.sections,
    items: ledger.items.map((i) => ({
      id: i.id,
      section: i.section,
      title: i.title,
      kind: i.kind,
      verb: i.verb,
      lead: i.lead,
      partners: i.partners,
      milestones: i.milestones,
      ...(i.milestoneNote ? { milestoneNote: i.milestoneNote } : {}),
      ...(i.investment ? { investment: i.investment } : {}),
      indicators: i.indicators,
    })),
  };
}

/** The table's columns; the heading of each is the dictionary's ledger.cli.heading.<column>. */
const HEADINGS = ['section', 'id', 'kind', 'verb', 'title', 'lead', 'partners', 'milestones', 'indicators'];

/** Under each chapter and part heading, its items, one a row, the columns aligned across the whole ledger. */
function ledgerTable(ledger: Ledger, planName: string, lang: Language): string {
  const count = (kind: LedgerItem['kind']) => ledger.items.filter((i) => i.kind === kind).length;
  const title = t('ledger.cli.title', lang, { plan: planName, id: ledger.planId, tasks: count('task'), platforms: count('platform'), projects: count('project'), version: ledgerVersion(ledger) });
  const [header, ...rows] = alignColumns([HEADINGS.map((h) => t(`ledger.cli.heading.${h}`, lang)), ...ledger.items.map((i) => itemRow(i, lang))]);
  const out = [title, '', `  ${header}`];
  const parts = ledger.items.map((item) => partOf(item.section));
  for (const section of ledger.sections) {
    out.push(sectionHeading(parseSectionRef(section.ref)!, section.title));
    parts.forEach((part, i) => {
      if (part === section.ref) out.push(`  ${rows[i]}`);
    });
  }
  return out.join('\n') + '\n';
}

/** The part a sub-item is in ("五（一）2" → "五（一）"); a part or chapter is its own. */
function partOf(section: string): string {
  const ref = parseSectionRef(section);
  if (ref === null) return section;
  return formatSectionRef(ref.item === null ? ref : parentSection(ref)!);
}

function itemRow(i: LedgerItem, lang: Language): string[] {
  const none = '—';
  const milestones = i.milestones.map((m) => `${m.year} ${t(`ledger.stage.${m.stage}`, lang)}`).join(', ');
  return [
    i.section,
    i.id,
    t(`ledger.kind.${i.kind}`, lang),
    t(`ledger.verb.${i.verb}.label`, lang),
    i.title,
    i.lead || none,
    i.partners.join('、') || none,
    milestones || none,
    i.indicators.join(', ') || none,
  ];
}
