// The memory of the whole browser app: the proportional set size (PSS) of every process under ours, read from
// /proc, so pages that Chromium's processes share are counted once rather than in each of them.
import { readdirSync, readFileSync } from 'node:fs';

/** The parent pid in a /proc/<pid>/stat line (the field after the parenthesised command name). */
export function parentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** Every descendant of `root`, given each process's parent. */
export function descendants(parents: ReadonlyMap<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The Pss line of /proc/<pid>/smaps_rollup, in kB (0 when absent). */
export function pssKb(smapsRollup: string): number {
  const match = /^Pss:\s+(\d+) kB/m.exec(smapsRollup);
  return match ? Number(match[1]) : 0;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}

/** The summed PSS, in MB, of every process started under this one (the browser and its helpers). */
export function childrenPssMb(): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentPid(stat));
  }
  let kb = 0;
  for (const pid of descendants(parents, process.pid)) kb += pssKb(readOr(`/proc/${pid}/smaps_rollup`));
  return kb / 1024;
}

/** Samples childrenPssMb() every `intervalMs` until stopped; stop() returns the peak. */
export function samplePeakPss(intervalMs = 100): { stop(): number } {
  let peak = childrenPssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, childrenPssMb());
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, childrenPssMb());
    },
  };
}
