// Types for browser.mjs.
import type { UserEnvironment } from './user-data.mjs';

/** Every place a Chromium-family browser may be, in order of preference: the PATH first, then the standard install folders. */
export declare function browserCandidates(where: UserEnvironment): string[];
/** True when `file` is a file this process may run. */
export declare function isExecutable(file: string): boolean;
/** The first candidate that `isExecutable` accepts, or null when no Chromium, Chrome or Edge is installed. */
export declare function findBrowser(where: UserEnvironment, isExecutable: (file: string) => boolean): string | null;
/** The browser's own address-bar popup page, which Chromium loads at launch: turned off, PlanEval's window has no address bar. */
export declare const ADDRESS_BAR_FEATURES: string[];
/** What every Chromium PlanEval starts runs with: its own profile, without sync, updates, first-run pages or the address-bar popup. */
export declare function ownProfileArgs(profileDir: string, options: { platform: NodeJS.Platform; isRoot: boolean }): string[];
/** Arguments for an app-mode window on `url` with its own profile (ownProfileArgs). */
export declare function appModeArgs(url: string, profileDir: string, options: { platform: NodeJS.Platform; isRoot: boolean }): string[];
/** False on Linux without an X11 or Wayland display, where a window cannot open (e.g. over SSH). */
export declare function canOpenWindow(where: Pick<UserEnvironment, 'platform' | 'env'>): boolean;
