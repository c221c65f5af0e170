// Types for freshness.mjs.

/** True when an output is missing (undefined) or older than the newest source. */
export declare function needsRebuild(outputTimes: ReadonlyArray<number | undefined>, newestSourceTime: number): boolean;
/** The modification time of `file` in milliseconds, or undefined when it does not exist. */
export declare function modifiedTime(file: string): number | undefined;
/** The newest modification time among `paths` (files, or folders searched recursively); 0 when none exist. */
export declare function newestModifiedTime(paths: readonly string[]): number;
