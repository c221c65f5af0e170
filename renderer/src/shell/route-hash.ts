// The route mirrored in the address's hash, so that a reload returns to the same screen.
import type { Route } from '../services';
import { DEFAULT_TAB } from './tabs';

/** The route an address hash names (#/project/<id>/<tab>, #/safety), or the start screen. */
export function routeFromHash(hash: string): Route {
  const [screen, projectId, tab] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (screen === 'safety') return { screen: 'safety' };
  return screen === 'project' && projectId ? { screen: 'project', projectId, tab: tab ?? '' } : { screen: 'start' };
}

/** The address hash for a route; a project's route without a tab names the tab a project opens on. */
export function hashFromRoute(route: Route): string {
  if (route.screen === 'safety') return '#/safety';
  return route.screen === 'project' ? `#/project/${encodeURIComponent(route.projectId)}/${encodeURIComponent(route.tab ?? DEFAULT_TAB)}` : '#/';
}
