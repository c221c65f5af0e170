// The application shell: providers, the header, and the screen the route points at.
import { useEffect, useMemo, useState } from 'react';
import { ConfirmProvider } from '../components/confirm';
import { ToastProvider, useToast } from '../components/toast';
import { requestPersistentStorage } from '../../db';
import { ProjectWorkspace } from '../screens/ProjectWorkspace';
import { StartScreen } from '../screens/StartScreen';
import { SafetyScreen } from '../screens/safety/SafetyScreen';
import { I18nProvider } from './i18n';
import { hashFromRoute, routeFromHash, RouterContext, type Route, type Router } from './router';

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
