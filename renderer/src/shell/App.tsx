// The application shell: providers, the header, and the screen the route points at.
import { useEffect, useMemo, useState } from 'react';
import { ConfirmProvider } from '../components/confirm';
import { ToastProvider, useToast } from '../components/toast';
import { requestPersistentStorage } from '../../db';
import { ProjectWorkspace } from '../screens/ProjectWorkspace';
import { I18nProvider } from './i18n';
import { lazyScreen } from './lazy-screen';
import { hashFromRoute, routeFromHash, RouterContext, type Route, type Router } from './router';

// Loaded when shown: opening a project's dashboard does not wait for the start screen's or the backups' code.
const { Screen: StartScreen } = lazyScreen(() => import('../screens/StartScreen').then((m) => m.StartScreen));
const { Screen: SafetyScreen } = lazyScreen(() => import('../screens/safety/SafetyScreen').then((m) => m.SafetyScreen));

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
