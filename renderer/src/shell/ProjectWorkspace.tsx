// One open project: its name, the way back to the start screen, and the tabs of PROJECT_TABS.
import { useRef, type KeyboardEvent } from 'react';
import { AppHeader } from '../components';
import { ProjectProvider, useProject, useRouter, useT } from '../services';
import { DEFAULT_TAB, PROJECT_TABS } from './tabs';

/** The workspace for `projectId`, showing tab `tab` (the default tab when it names none). */
export function ProjectWorkspace({ projectId, tab }: { projectId: string; tab?: string }) {
  const t = useT();
  const { navigate } = useRouter();
  const back = (
    <button type="button" className="button button-quiet" onClick={() => navigate({ screen: 'start' })}>
      {t('ui.workspace.back')}
    </button>
  );
  return (
    <div className="app">
      <ProjectProvider
        projectId={projectId}
        loading={<AppHeader>{back}</AppHeader>}
        missing={
          <>
            <AppHeader>{back}</AppHeader>
            <main className="page">
              <p className="empty">{t('ui.workspace.missing')}</p>
            </main>
          </>
        }
      >
        <AppHeader>{back}</AppHeader>
        <Tabs projectId={projectId} tab={tab} />
      </ProjectProvider>
    </div>
  );
}

function Tabs({ projectId, tab }: { projectId: string; tab?: string }) {
  const t = useT();
  const { navigate } = useRouter();
  const { project, saving } = useProject();
  const active = PROJECT_TABS.find((x) => x.id === tab) ?? PROJECT_TABS.find((x) => x.id === DEFAULT_TAB)!;
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const select = (id: string, focus = false) => {
    navigate({ screen: 'project', projectId, tab: id });
    if (focus) tabRefs.current[id]?.focus();
  };
  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = PROJECT_TABS.indexOf(active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    select(PROJECT_TABS[(index + step + PROJECT_TABS.length) % PROJECT_TABS.length]!.id, true);
  };

  return (
    <>
      <div className="workspace-bar">
        <h1 className="workspace-title">
          {project.name}
          <span className="workspace-plan">{project.plan.name}</span>
        </h1>
        <div role="tablist" aria-label={t('ui.workspace.tabs')} className="tabs" onKeyDown={onKeyDown}>
          {PROJECT_TABS.map((x) => (
            <button
              key={x.id}
              ref={(el) => {
                tabRefs.current[x.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${x.id}`}
              aria-selected={x === active}
              aria-controls="tab-panel"
              tabIndex={x === active ? 0 : -1}
              className="tab"
              onClick={() => select(x.id)}
            >
              {t(x.label)}
            </button>
          ))}
        </div>
      </div>
      <main id="tab-panel" role="tabpanel" aria-labelledby={`tab-${active.id}`} aria-busy={saving} className="page">
        <active.Screen />
      </main>
    </>
  );
}
