// `npm run bench [workload…]`: runs the workloads (all, or the ones named), prints a table and writes
// bench/results.json; a full run also rewrites the README's Performance section.
import { readFileSync, writeFileSync } from 'node:fs';
import { figure, renderSection, replaceSection, thisMachine } from './readme';
import { workloads } from './workloads';
import type { BenchRow } from './workload';

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const workload of workloads) {
  if (only.length && !only.includes(workload.name)) continue;
  process.stderr.write(`bench: ${workload.name}…\n`);
  rows.push(...(await workload.run()));
}

const table = rows.map((r) => ({
  workload: r.workload,
  ours: figure(r, r.ours_ms),
  peer: `${r.peer} ${figure(r, r.peer_ms)}`,
  ratio: r.ratio.toFixed(2),
  target: r.target,
  pass: r.pass ? 'yes' : 'NO',
}));
console.table(table);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(rows, null, 2) + '\n');

// A partial run would drop the other workloads' rows from the README, so only a full run writes it.
if (only.length === 0) {
  const readme = new URL('../README.md', import.meta.url);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(readme, replaceSection(readFileSync(readme, 'utf8'), renderSection(rows, thisMachine(), date)));
  process.stderr.write('bench: README.md Performance section updated\n');
}
