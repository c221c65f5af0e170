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

/** A Chromium process's role from its command line: its --type (renderer, gpu-process, utility…) or "browser". */
export function processRole(cmdline: string): string {
  return /--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser';
}

/** The PSS, in MB, of the processes started under this one, summed by role. */
export function childrenPssByRole(): Map<string, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentPid(stat));
  }
  const byRole = new Map<string, number>();
  for (const pid of descendants(parents, process.pid)) {
    const role = processRole(readOr(`/proc/${pid}/cmdline`).replaceAll('\0', ' '));
    byRole.set(role, (byRole.get(role) ?? 0) + pssKb(readOr(`/proc/${pid}/smaps_rollup`)) / 1024);
  }
  return byRole;
}

/** The summed PSS, in MB, of every process started under this one (the browser and its helpers). */
export function childrenPssMb(): number {
  let mb = 0;
  for (const value of childrenPssByRole().values()) mb += value;
  return mb;
}

/** Samples the processes every `intervalMs` until stopped; stop() returns the peak total and the roles at that moment. */
export function samplePeakPss(intervalMs = 100): { stop(): { peakMb: number; roles: Record<string, number> } } {
  let peakMb = 0;
  let roles: Record<string, number> = {};
  const sample = () => {
    const byRole = childrenPssByRole();
    let total = 0;
    for (const value of byRole.values()) total += value;
    if (total > peakMb) {
      peakMb = total;
      roles = Object.fromEntries(byRole);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb, roles };
    },
  };
}
