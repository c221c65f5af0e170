// The 评估 tab: the evaluation of the open project, derived live from its plan, values and settings.
import { useCallback, useId, useMemo, useState } from 'react';
import { UsedValues } from '../../../../shared/attain';
import type { EvaluationSettings } from '../../../../shared/model';
import { asOfYears, useEvaluation, useProject, useT } from '../../services';
import { ChartsView } from './ChartsView';
import { IndicatorPage } from './IndicatorPage';
import { MethodologyView } from './MethodologyView';
import { Overview } from './Overview';
import { RegionsView } from './RegionsView';
import { Scorecard } from './Scorecard';
import { illustrativeCells, NO_FILTER, scorecardRows, type ScorecardFilter } from './scorecard-rows';
import { SettingsDialog } from './SettingsDialog';
import './dashboard.css';

const VIEWS = ['overview', 'charts', 'regions', 'methodology'] as const;
type View = (typeof VIEWS)[number];

/** The dashboard: overview and scorecard, charts, regions and the methodology, with the settings dialog. */
export function DashboardScreen() {
  const t = useT();
  const { project } = useProject();
  const { evaluation, observations, values, yearsWithData, illustrativeIndicatorValues, settings, settingsSaving, setSettings } = useEvaluation();
  const [view, setView] = useState<View>('overview');
  const [filter, setFilter] = useState<ScorecardFilter>(NO_FILTER);
  const [open, setOpen] = useState<{ indicatorId: string; region: string } | null>(null);
  const [chosen, setChosen] = useState('');
  const [editingSettings, setEditingSettings] = useState(false);
  const asOfId = useId();
  const plan = project.plan;

  const years = useMemo(() => asOfYears(plan, yearsWithData), [plan, yearsWithData]);
  const illustrative = useMemo(() => illustrativeCells(illustrativeIndicatorValues), [illustrativeIndicatorValues]);
  const regions = useMemo(() => (evaluation ? [...new Set(evaluation.regions.map((r) => r.region))] : []), [evaluation]);
  const region = filter.region !== null && regions.includes(filter.region) ? filter.region : null;
  // Keyed on the evaluation, which changes whenever the plan's content does: saving a setting reloads the project
  // with an equal plan, and that must not rebuild the rows and redraw the charts a second time.
  const rows = useMemo(() => (evaluation ? scorecardRows(plan, evaluation, illustrative, region) : []), [evaluation, illustrative, region]);
  const whole = plan.regions.find((r) => r.whole)?.name ?? '';
  // Only the views that draw a series need the values used; the overview does not wait for them.
  const drawsSeries = view === 'charts' || open !== null;
  const used = useMemo(() => (values && evaluation && drawsSeries ? UsedValues.of(values, evaluation.asOf) : null), [values, evaluation, drawsSeries]);
  const back = useCallback(() => setOpen(null), []);
  const saveSettings = (next: EvaluationSettings) => {
    setEditingSettings(false);
    setSettings(next);
  };

  if (!evaluation) return <p className="empty">{t('dashboard.loading')}</p>;
  if (open) {
    if (!observations || !used) return <p className="empty">{t('dashboard.loadingValues')}</p>;
    return <IndicatorPage plan={plan} evaluation={evaluation} observations={observations} used={used} indicatorId={open.indicatorId} region={open.region} onBack={back} />;
  }

  const openIndicator = (indicatorId: string, at: string = region ?? whole) => setOpen({ indicatorId, region: at });
  return (
    <div className="dashboard" data-testid="dashboard">
      {project.sample && (
        <div className="banner banner-sample" role="note">
          <strong>{t('ui.data.sampleBannerTitle')}</strong> {t('dashboard.sampleNote')}
        </div>
      )}
      <div className="toolbar dashboard-bar">
        <div role="tablist" aria-label={t('dashboard.views')} className="subtabs">
          {VIEWS.map((v) => (
            <button key={v} type="button" role="tab" aria-selected={v === view} className="subtab" onClick={() => setView(v)} data-testid={`view-${v}`}>
              {t(`dashboard.view.${v}`)}
            </button>
          ))}
        </div>
        <div className="toolbar-actions">
          <span className="filter">
            <label htmlFor={asOfId}>{t('dashboard.asOf')}</label>
            <select
              id={asOfId}
              className="select"
              value={settings.asOf}
              onChange={(e) => setSettings({ asOf: Number(e.target.value) })}
              aria-busy={settingsSaving}
              data-testid="as-of"
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {t('dashboard.yearOption', { year: y })}
                </option>
              ))}
            </select>
          </span>
          <button type="button" className="button" onClick={() => setEditingSettings(true)}>
            {t('dashboard.settings.open')}
          </button>
        </div>
      </div>

      {view === 'overview' && (
        <>
          <Overview plan={plan} evaluation={evaluation} onShowIndicator={(id) => openIndicator(id, whole)} />
          <Scorecard plan={plan} rows={rows} filter={{ ...filter, region }} onFilter={setFilter} regions={regions} onOpen={(id) => openIndicator(id)} />
        </>
      )}
      {view === 'charts' && used && <ChartsView evaluation={evaluation} used={used} rows={rows} chosen={chosen} onChoose={setChosen} />}
      {view === 'regions' && <RegionsView plan={plan} evaluation={evaluation} chosen={chosen} onChoose={setChosen} onOpen={(id, at) => openIndicator(id, at)} />}
      {view === 'methodology' && <MethodologyView settings={settings} />}

      {editingSettings && <SettingsDialog plan={plan} settings={settings} years={years} onSave={saveSettings} onCancel={() => setEditingSettings(false)} />}
    </div>
  );
}
