// The application shell: providers, the header, and the screen the route points at.
// First, before the modules below are evaluated: see start-preload.ts.
import './start-preload';
import { useEffect, useMemo, useState } from 'react';
import { requestPersistentStorage } from '../../db';
import { ConfirmProvider } from '../components';
import { I18nProvider, RouterContext, ToastProvider, useToast, type Route, type Router } from '../services';
import { lazyScreen } from './lazy-screen';
import { ProjectWorkspace } from './ProjectWorkspace';
import { hashFromRoute, routeFromHash } from './route-hash';

// Loaded when shown: opening a project's dashboard does not wait for the start screen's or the backups' code.
const { Screen: StartScreen } = lazyScreen(() => import('../screens/start').then((m) => m.StartScreen));
const { Screen: SafetyScreen } = lazyScreen(() => import('../screens/safety').then((m) => m.SafetyScreen));

/** The whole app. */
export function App() {
  return (
    <I18nProvider>
      <ToastProvider>
        <ConfirmProvider>
          <Shell />
        </ConfirmProvider>
      </ToastProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { reportError } = useToast();
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  const router = useMemo<Router>(
    () => ({
      route,
      navigate(next) {
        history.replaceState(null, '', hashFromRoute(next));
        setRoute(next);
      },
    }),
    [route],
  );

  useEffect(() => {
    requestPersistentStorage().catch(reportError);
    const onRejection = (event: PromiseRejectionEvent) => reportError(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [reportError]);

  return (
    <RouterContext.Provider value={router}>
      {route.screen === 'start' ? (
        <StartScreen />
      ) : route.screen === 'safety' ? (
        <SafetyScreen />
      ) : (
        <ProjectWorkspace key={route.projectId} projectId={route.projectId} tab={route.tab} />
      )}
    </RouterContext.Provider>
  );
}
