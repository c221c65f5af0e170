// The cover page as every writer prints it: the title, the period, the 评估单位 and the date.
import { t } from '../i18n';
import type { ReportDocument } from './model';

export interface Cover {
  title: string;
  subtitle: string;
  /** "评估单位：…", with a placeholder the evaluator overwrites while the document names no unit. */
  unit: string;
  date: string;
}

export function cover(doc: ReportDocument): Cover {
  // Reports saved before the cover existed have no unit: they get the placeholder too.
  const unit = doc.unit?.trim() || t('reportLayout.cover.unitPlaceholder', doc.lang);
  return { title: doc.title, subtitle: doc.subtitle, unit: t('reportLayout.cover.unit', doc.lang, { unit }), date: doc.date };
}
