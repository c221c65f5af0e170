// The README's Performance section, written by `npm run bench` from its results: the machine, then every
// workload with its peer and ratio.
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { BenchRow } from './workload';

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';
const HEADING = '## Performance';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
}

/** This machine, as /proc/cpuinfo and Node see it. */
export function thisMachine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // not Linux: Node's own reading stays
  }
  return { cpus: cpus().length, cpuModel, memoryGb: totalmem() / 1024 ** 3, node: process.version };
}

/** A measured figure: megabytes where the workload measures memory, milliseconds otherwise. */
export function figure(row: BenchRow, value: number): string {
  if (/\bMB\b/.test(row.workload)) return `${value.toFixed(value < 10 ? 1 : 0)} MB`;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

/** The section's body (between the markers) for these rows, measured on `machine` on `date`. */
export function renderSection(rows: readonly BenchRow[], machine: Machine, date: string): string {
  const lines = [
    `Measured by \`npm run bench\` on ${date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb.toFixed(0)} GB memory, Node ${machine.node}, Chromium headless for the app workloads (without the browser's own address-bar page, which Electron has not: tests/support/chromium-args.ts). Each peer is measured in the same run as ours, so the ratio holds even when the machine is busy; the absolute figures depend on the machine's load at the time.`,
    '',
    '| Workload | Ours | Peer | Peer figure | Ratio | Target | Met |',
    '| --- | ---: | --- | ---: | ---: | --- | --- |',
    ...rows.map((r) => `| ${r.workload} | ${figure(r, r.ours_ms)} | ${r.peer} | ${figure(r, r.peer_ms)} | ${r.ratio.toFixed(2)} | ${r.target} | ${r.pass ? 'yes' : '**no**'} |`),
  ];
  return lines.join('\n');
}

/** The README with `body` between the markers; the heading and markers are appended when it has none yet. */
export function replaceSection(readme: string, body: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    return `${readme.trimEnd()}\n\n${HEADING}\n\n${START_MARKER}\n${body}\n${END_MARKER}\n`;
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n${body}\n${readme.slice(end)}`;
}
