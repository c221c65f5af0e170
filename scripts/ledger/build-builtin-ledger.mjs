#!/usr/bin/env node
// Builds shared/plans/gz-st-14th-ledger.ts from the plan text in ../shared/seeds/ and scripts/ledger/overrides.ts.
//   node scripts/ledger/build-builtin-ledger.mjs           writes the module
//   node scripts/ledger/build-builtin-ledger.mjs --check   exits 1 when the committed module differs from a fresh build
//   node scripts/ledger/build-builtin-ledger.mjs --candidates
//                                                         lists names in 三–九 that look like platforms and are not in
//                                                         the ledger, for the reviewer
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { buildLedger, ledgerModule } = await import('./build-ledger.ts');
const { SEED_FILE, PLATFORMS } = await import('./overrides.ts');
const { platformCandidates } = await import('./candidates.ts');
const { guangzhouPlan } = await import('../../shared/plans/index.ts');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = resolve(root, '..', 'shared', 'seeds', SEED_FILE);
const out = resolve(root, 'shared', 'plans', 'gz-st-14th-ledger.ts');
if (!existsSync(seed)) {
  console.error(`找不到规划文本 / The plan text is missing: ${seed}`);
  process.exit(1);
}
const text = readFileSync(seed, 'utf8');
const ledger = buildLedger(text, guangzhouPlan().indicators.map((i) => i.id));
const module = ledgerModule(ledger, SEED_FILE);
const mode = process.argv[2];

if (mode === '--candidates') {
  for (const c of platformCandidates(text, PLATFORMS)) console.log(`${c.section}\t${c.name}`);
} else if (mode === '--check') {
  const same = existsSync(out) && readFileSync(out, 'utf8') === module;
  console.log(same ? `${out}: 与规划文本一致 / up to date` : `${out}: 需要重新生成 / out of date: run node scripts/ledger/build-builtin-ledger.mjs`);
  process.exit(same ? 0 : 1);
} else {
  writeFileSync(out, module);
  const counts = ledger.items.reduce((n, item) => ({ ...n, [item.kind]: (n[item.kind] ?? 0) + 1 }), {});
  console.log(`${out}: ${JSON.stringify(counts)}`);
}
