// planeval round freeze|list|diff: freeze an evaluation round from a project file or data files into a round file,
// list the rounds of a project file or round files, and compare two rounds.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { formatValue, percentText } from '../../shared/attain';
import { bilingual } from '../../shared/base';
import { t } from '../../shared/i18n';
import { defaultSettings, type Observation } from '../../shared/model';
import { diffRounds, freezeRound, localDate, progressAtCutoff, roundName, roundStamp, roundValueCount, valuesAtCutoff, writeRoundFile, ROUND_KINDS, type Round, type RoundDiff, type RoundFigures, type RoundKind } from '../../shared/round';
import { benchmarksOption } from '../benchmarks-option';
import { loadPlan } from '../load-plan';
import { loadTasks } from '../load-progress';
import { loadProjectFile } from '../load-project';
import { loadRound } from '../load-round';
import { loadValues } from '../load-values';
import { label } from '../text';
import { defineCommand } from './define-command';

const SYNOPSIS = `planeval round freeze (--project FILE.planeval [--project-id ID] | --plan PLAN --data FILES…)
                --kind annual|midterm|final --as-of YEAR [--cutoff YYYY-MM-DD] [--name NAME] [--tasks FILLED-TASKS.xlsx …]
                --out ROUND.json [--json]
planeval round list [--project FILE.planeval [--project-id ID]] [ROUND.json…] [--json]
planeval round diff <ROUND.json | id> <ROUND.json | id> [--project FILE.planeval [--project-id ID]] [--json]`;

/** What a list prints of one round. */
function listed(round: Round, from: string) {
  return { ...roundStamp(round), values: roundValueCount(round.inputs.values), from };
}

/** The diff as JSON: each revised value's number and source then and now. */
function diffJson(diff: RoundDiff) {
  const side = (o: Observation) => ({ value: o.value, source: o.source });
  return { ...diff, revised: diff.revised.map((r) => ({ indicatorId: r.indicatorId, region: r.region, year: r.year, valueChanged: r.valueChanged, then: side(r.then), now: side(r.now) })) };
}

function figuresText(f: RoundFigures | null, precision: number): string {
  if (!f) return '—';
  const latest = f.latest ? `${formatValue(f.latest.value, precision)} (${f.latest.year})` : '—';
  return `${latest} ${f.completion === null ? '—' : percentText(f.completion)} ${t(f.achievedEarly ? 'status.achievedEarly' : `status.${f.status}`, 'zh')}`;
}

export const roundCommand = defineCommand({
  name: 'round',
  summary: 'round.cli.summary',
  synopsis: SYNOPSIS,
  help: 'round.cli.help',
  args: {
    allowPositionals: true,
    options: {
      project: { type: 'string' },
      'project-id': { type: 'string' },
      plan: { type: 'string' },
      data: { type: 'string', multiple: true },
      kind: { type: 'string' },
      'as-of': { type: 'string' },
      cutoff: { type: 'string' },
      name: { type: 'string' },
      out: { type: 'string' },
      benchmarks: { type: 'string' },
      password: { type: 'string' },
      tasks: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
  },
  async run({ values, positionals }, usage) {
    const [action, ...rest] = positionals;
    const project = values.project === undefined ? undefined : { file: values.project, id: values['project-id'] };
    const print = (json: unknown, text: string[]) => process.stdout.write(values.json ? JSON.stringify(json, null, 2) + '\n' : text.join('\n') + '\n');

    if (action === 'freeze') {
      const kind = values.kind as RoundKind;
      if (!ROUND_KINDS.includes(kind)) return usage(bilingual('round.error.kind', { value: values.kind ?? '', kinds: ROUND_KINDS.join(', ') }));
      const asOf = Number(values['as-of']);
      if (!Number.isInteger(asOf)) return usage(bilingual('cli.error.asOf', { value: values['as-of'] ?? '' }));
      if (!values.out) return usage(bilingual('cli.error.missingOut'));
      const files = [...(values.data ?? []), ...rest];
      if (!project === (!values.plan || files.length === 0)) return usage(bilingual('round.cli.projectOrData'));
      const now = new Date();
      const cutoff = values.cutoff ?? localDate(now);
      const base = { id: randomUUID(), name: values.name ?? roundName(kind, asOf, 'zh'), kind, asOf, cutoff, now };
      let round: Round;
      if (project) {
        const opened = await loadProjectFile(project.file, project.id);
        const chosen = valuesAtCutoff(opened.values, opened.batches, cutoff, asOf);
        if (chosen.length === 0) throw new Error(bilingual('round.error.noValues', { cutoff, year: asOf }));
        if (values.tasks) return usage(bilingual('round.cli.tasksWithProject'));
        const tasks = opened.tasks ? { ledger: opened.tasks.ledger, progress: progressAtCutoff(opened.tasks.progress, cutoff, asOf) } : undefined;
        round = await freezeRound({ ...base, projectId: opened.project.id, values: chosen, plan: opened.project.plan, settings: opened.project.settings, ...(tasks ? { tasks } : {}) });
      } else {
        // Data files given here are the data at the cut-off: they are read now, and every value of them is in the round.
        const plan = await loadPlan(values.plan!);
        const data = await loadValues(files, plan, { importedAt: now.toISOString(), password: values.password, benchmarks: benchmarksOption(values.benchmarks) });
        const chosen = Array.from({ length: data.size }, (_, p) => data.observationAt(p)).filter((o) => o.year <= asOf);
        if (chosen.length === 0) throw new Error(bilingual('round.error.noValues', { cutoff, year: asOf }));
        // Filled task templates given here are, like the data files, the progress at the cut-off.
        const read = values.tasks ? await loadTasks(values.plan!, values.tasks, now.toISOString(), asOf) : undefined;
        const tasks = read ? { ledger: read.ledger, progress: read.progress.filter((p) => p.year <= asOf) } : undefined;
        round = await freezeRound({ ...base, projectId: 'cli', values: chosen, plan, settings: defaultSettings(asOf), ...(tasks ? { tasks } : {}) });
      }
      await writeFile(values.out, writeRoundFile(round));
      const count = roundValueCount(round.inputs.values);
      print(listed(round, values.out), [`${values.out}: ${round.name} · ${label('round.cli.cutoff')} ${round.cutoff} · ${count} ${label('cli.values')} · SHA-256 ${round.hash}`]);
      return 0;
    }

    if (action === 'list') {
      if (!project && rest.length === 0) return usage(bilingual('round.cli.listWhat'));
      const rows = [...(project ? (await loadProjectFile(project.file, project.id)).rounds.map((r) => listed(r, project.file)) : [])];
      for (const file of rest) rows.push(listed(await loadRound(file), file));
      const text = rows.map((r) => `${r.id}  ${r.name}  ${t(`round.kind.${r.kind}`, 'zh')}  ${r.asOf}  ${label('round.cli.cutoff')} ${r.cutoff}  ${r.frozenAt}  ${r.values} ${t('cli.values', 'zh')}  ${r.hash.slice(0, 12)}  ${r.from}`);
      print(rows, rows.length ? text : [bilingual('round.cli.none')]);
      return 0;
    }

    if (action === 'diff') {
      if (rest.length !== 2) return usage(bilingual('round.cli.diffTwo'));
      const [then, now] = [await loadRound(rest[0]!, project), await loadRound(rest[1]!, project)];
      const diff = diffRounds(then, now);
      const lines = [`${then.name} (${then.cutoff}) → ${now.name} (${now.cutoff})`];
      for (const c of diff.indicators) lines.push(`${c.changed ? '*' : ' '} ${c.name}: ${figuresText(c.then, c.precision)} → ${figuresText(c.now, c.precision)}`);
      lines.push(`${label('round.cli.revised')}: ${diff.revised.length}`);
      for (const r of diff.revised) lines.push(`  ${r.indicatorId} ${r.region} ${r.year}: ${r.then.value} (${r.then.source.fileName}) → ${r.now.value} (${r.now.source.fileName})`);
      print(diffJson(diff), lines);
      return 0;
    }
    return usage();
  },
});
