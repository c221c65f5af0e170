// CI's dependency audit of what ships (npm audit --omit=dev): fails on a high or critical advisory.
// Where the registry offers no audit endpoint (an offline mirror answers 405), it says so and checks
// instead that the packages pinned for known advisories resolve to their fixed versions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// xlsx 0.18.5 on npm has a prototype-pollution and a ReDoS advisory; 0.20.3 fixes both.
const PINNED = { xlsx: { name: '@e965/xlsx', version: '0.20.3' } };

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { statusCode: 0, message: run.stderr.trim() };
}

if (report.metadata?.vulnerabilities) {
  const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
  console.log(`audit: ${high} high, ${critical} critical advisories in production dependencies`);
  process.exit(high + critical > 0 ? 1 : 0);
}

console.log(`audit: the registry's audit endpoint is unavailable (${report.message ?? report.statusCode}); checking pinned packages instead`);
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
let bad = 0;
for (const [alias, want] of Object.entries(PINNED)) {
  const entry = lock.packages?.[`node_modules/${alias}`];
  const ok = entry?.name === want.name && entry?.version === want.version;
  console.log(`audit: ${alias} → ${entry?.name ?? alias}@${entry?.version ?? '?'} ${ok ? 'ok' : `should be ${want.name}@${want.version}`}`);
  if (!ok) bad++;
}
process.exit(bad ? 1 : 0);
