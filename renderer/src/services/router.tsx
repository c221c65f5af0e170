// A small state-based router: the start screen, or one project's workspace with one tab open.
// The route is mirrored in the address's hash so that a reload returns to the same screen.
import { createContext, useContext } from 'react';

export type Route = { screen: 'start' } | { screen: 'safety' } | { screen: 'project'; projectId: string; tab: string };

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

/** The route an address hash names (#/project/<id>/<tab>, #/safety), or the start screen. */
export function routeFromHash(hash: string): Route {
  const [screen, projectId, tab] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (screen === 'safety') return { screen: 'safety' };
  return screen === 'project' && projectId ? { screen: 'project', projectId, tab: tab ?? '' } : { screen: 'start' };
}

/** The address hash for a route. */
export function hashFromRoute(route: Route): string {
  if (route.screen === 'safety') return '#/safety';
  return route.screen === 'project' ? `#/project/${encodeURIComponent(route.projectId)}/${encodeURIComponent(route.tab)}` : '#/';
}
