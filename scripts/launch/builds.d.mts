// Types for builds.mjs.

export interface Build {
  /** The npm script that makes the outputs. */
  script: string;
  outputs: string[];
  sources: string[];
}

/** The two builds: outputs relative to the repository, the npm script that makes them, and what they are made from. */
export declare const BUILDS: { electron: Build; web: Build };
/** True when an output of `build` under `root` is missing or older than its newest source. */
export declare function isBuildStale(root: string, build: Build): boolean;
