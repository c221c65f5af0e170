// `npm run bench`: runs every workload, prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
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
  ours: `${r.ours_ms.toFixed(0)} ms`,
  peer: `${r.peer} ${r.peer_ms.toFixed(0)} ms`,
  ratio: r.ratio.toFixed(2),
  target: r.target,
  pass: r.pass ? 'yes' : 'NO',
}));
console.table(table);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(rows, null, 2) + '\n');
