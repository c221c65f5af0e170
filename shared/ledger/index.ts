// The task ledger (重点任务与重大平台台账): a plan's tasks, platforms and projects, their section references and validation.
export { ITEM_KINDS, STAGES, VERBS } from './model';
export type { Investment, ItemKind, Ledger, LedgerItem, LedgerSection, Milestone, Stage, Verb } from './model';
export { canonicalSection, compareSections, formatSectionRef, parentSection, parseSectionRef, sectionHeading } from './section';
export type { SectionRef } from './section';
export { describeLedgerError, validateLedger, validateLedgerItem } from './validate';
export { LAGGING_RATINGS, RATINGS, emptyProgress, progressRatingText, progressRecord, ratingCounts, validateProgress, versionsBefore } from './progress';
export type { Evidence, ItemProgress, KeptProgress, Rating } from './progress';
export { EVIDENCE_TYPES, evidenceType } from './evidence';
export { RATING_COLORS } from './rating-colors';
export { ledgerVersion } from './version';
