// Types for user-data.mjs.

export interface UserEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/** The platform's per-user application data folder: %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME / ~/.config. */
export declare function userDataDir(where: UserEnvironment): string;
/** The browser profile of browser mode: <user data>/PlanEval/browser-profile, kept so the app's IndexedDB survives. */
export declare function browserProfileDir(where: UserEnvironment): string;
