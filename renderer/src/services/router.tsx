// Where the user is and how a screen takes them elsewhere: the start screen, the backups, or one project's
// workspace with one tab open. The shell keeps the route and mirrors it in the address (shell/route-hash.ts).
import { createContext, useContext } from 'react';

/** A project's route without a tab opens the project on the shell's default tab. */
export type Route = { screen: 'start' } | { screen: 'safety' } | { screen: 'project'; projectId: string; tab?: string };

export interface Router {
  route: Route;
  navigate(route: Route): void;
}

export const RouterContext = createContext<Router | null>(null);

/** The current route and navigate(). */
export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() outside the App');
  return router;
}
