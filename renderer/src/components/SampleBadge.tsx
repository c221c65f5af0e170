// The 示例数据 mark on an illustrative value: text, so it does not rely on colour.
import { useT } from '../services';

/** "示例数据" with an explanatory tooltip. */
export function SampleBadge() {
  const t = useT();
  return (
    <span className="badge badge-sample" title={t('common.sampleMarkHint')}>
      {t('common.sampleMark')}
    </span>
  );
}
