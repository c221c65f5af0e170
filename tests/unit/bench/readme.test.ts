// The README's Performance section is rewritten between its markers and nowhere else.
import { describe, expect, it } from 'vitest';
import { END_MARKER, renderSection, replaceSection, START_MARKER } from '../../../bench/readme';
import type { BenchRow } from '../../../bench/workload';

const machine = { cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 23.4, node: 'v20.20.2' };
const row = (over: Partial<BenchRow>): BenchRow => ({
  workload: 'evaluate 1000 indicators',
  ours_ms: 120,
  peer: 'plain loop',
  peer_ms: 4,
  ratio: 30,
  target: '≤ 10× plain loop',
  pass: false,
  ...over,
});

describe('replaceSection', () => {
  it('appends a Performance heading and the markers to a README without them', () => {
    const out = replaceSection('# PlanEval\n\nText.\n', 'BODY');
    expect(out).toBe(`# PlanEval\n\nText.\n\n## Performance\n\n${START_MARKER}\nBODY\n${END_MARKER}\n`);
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# A\n\n## Performance\n\n${START_MARKER}\nold figures\n${END_MARKER}\n\n## After\n`;
    expect(replaceSection(readme, 'new figures')).toBe(`# A\n\n## Performance\n\n${START_MARKER}\nnew figures\n${END_MARKER}\n\n## After\n`);
  });

  it('gives the same README when run twice with the same body', () => {
    const once = replaceSection('# A\n', 'X');
    expect(replaceSection(once, 'X')).toBe(once);
  });
});

describe('renderSection', () => {
  it('names the machine and gives each row its peer, ratio, target and verdict', () => {
    const text = renderSection([row({}), row({ workload: 'store', ours_ms: 12_500, peer_ms: 10_000, ratio: 1.25, target: '≤ 1.25×', pass: true })], machine, '2026-11-27');
    expect(text).toContain('2 × AMD EPYC, 23 GB memory, Node v20.20.2');
    expect(text).toContain('| evaluate 1000 indicators | 120 ms | plain loop | 4.0 ms | 30.00 | ≤ 10× plain loop | **no** |');
    expect(text).toContain('| store | 12.5 s | plain loop | 10.0 s | 1.25 | ≤ 1.25× | yes |');
  });

  it('shows memory rows in megabytes', () => {
    const text = renderSection([row({ workload: 'peak memory (MB, not ms)', ours_ms: 512.4, peer_ms: 600 })], machine, '2026-11-27');
    expect(text).toContain('| 512 MB | plain loop | 600 MB |');
  });

  it('gives memory below 10 MB a decimal, so that a 5.5 MB limit is not shown as 6 MB', () => {
    const text = renderSection([row({ workload: 'allocation per call (MB, not ms)', ours_ms: 8.36, peer_ms: 5.5 })], machine, '2026-11-27');
    expect(text).toContain('| 8.4 MB | plain loop | 5.5 MB |');
  });
});
