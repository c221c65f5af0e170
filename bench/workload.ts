// What each benchmark workload reports: our time beside a peer's, measured in the same run.

export interface BenchRow {
  workload: string;
  ours_ms: number;
  peer: string;
  peer_ms: number;
  /** ours_ms / peer_ms. */
  ratio: number;
  /** The target in words, e.g. "≤ 1.3× SheetJS". */
  target: string;
  pass: boolean;
}

export interface Workload {
  name: string;
  /** Generates its own inputs (under bench/.work/), measures, and returns its rows. */
  run(): Promise<BenchRow[]>;
}
