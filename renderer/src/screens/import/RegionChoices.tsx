// Regions a file names that are not the plan's (全国, 广东, 北京 …): left out unless the user keeps them as benchmarks,
// which are shown beside the city's figures and never judged or ranked with its districts.
import { useT } from '../../services';

export interface RegionChoicesProps {
  /** The regions outside the plan, as the file names them (canonical). */
  regions: string[];
  /** Those kept as benchmarks. */
  kept: readonly string[];
  onChange(kept: string[]): void;
}

/** One checkbox a region, and both choices for all of them at once. */
export function RegionChoices({ regions, kept, onChange }: RegionChoicesProps) {
  const t = useT();
  if (regions.length === 0) return null;
  const keptSet = new Set(kept);
  const toggle = (region: string, keep: boolean) => onChange(keep ? [...kept, region] : kept.filter((r) => r !== region));
  return (
    <section className="import-block" data-testid="unknown-regions">
      <div className="import-block-head">
        <h4 className="import-block-title">{t('import.regions.title', { count: regions.length })}</h4>
        <div className="row-actions">
          <button type="button" className="button button-small" onClick={() => onChange([...regions])}>
            {t('import.regions.keepAll')}
          </button>
          <button type="button" className="button button-small" onClick={() => onChange([])}>
            {t('import.regions.leaveAll')}
          </button>
        </div>
      </div>
      <p className="import-block-lead">{t('import.regions.lead')}</p>
      <ul className="region-choices">
        {regions.map((region) => (
          <li key={region} data-region={region}>
            <label>
              <input type="checkbox" checked={keptSet.has(region)} onChange={(e) => toggle(region, e.target.checked)} />
              {t('import.regions.keep', { region })}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
