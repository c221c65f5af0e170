// The facts of the report's task chapter, read once for every format: each ledger item with its record of the
// report's year and the stage it has reached, the plan's chapters with their counts by rating, and every evidence file.
import { parseSectionRef, ratingCounts, sectionHeading, STAGES, type Evidence, type ItemProgress, type Ledger, type LedgerItem, type Rating, type Stage } from '../ledger';

/** The ledger and its progress records, optional inputs of the report: without them the report has no task chapter. */
export interface ReportTasks {
  ledger: Ledger;
  progress: readonly ItemProgress[];
}

export interface ItemStatus {
  item: LedgerItem;
  /** The record of the report's year; undefined when there is none (未报送). */
  record: ItemProgress | undefined;
  /** The latest stage recorded up to the report's year. */
  stage: Stage | null;
}

export interface ChapterStatus {
  /** "五". */
  ref: string;
  /** "五、强化创新策源…" as the plan prints it. */
  heading: string;
  items: ItemStatus[];
  counts: Record<Rating | 'unreported', number>;
}

export interface EvidenceEntry {
  item: LedgerItem;
  year: number;
  evidence: Evidence;
}

/** Where a stage sits on the scale, for "the latest reached". */
const stageRank = (stage: Stage) => STAGES.indexOf(stage);

/** Every item with its record of `year` and the furthest stage reached by then, in the ledger's order. */
export function itemStatuses(tasks: ReportTasks, year: number): ItemStatus[] {
  const byItem = new Map<string, ItemProgress[]>();
  for (const p of tasks.progress) if (p.year <= year) byItem.set(p.itemId, [...(byItem.get(p.itemId) ?? []), p]);
  return tasks.ledger.items.map((item) => {
    const records = byItem.get(item.id) ?? [];
    const stages = records.map((r) => r.stage).filter((s): s is Stage => s !== null);
    const stage = stages.length ? stages.reduce((a, b) => (stageRank(b) > stageRank(a) ? b : a)) : null;
    return { item, record: records.find((r) => r.year === year), stage };
  });
}

/** The plan's chapters that hold items, in plan order, each with its items and their counts by rating in `year`. */
export function chapterStatuses(tasks: ReportTasks, year: number): ChapterStatus[] {
  const statuses = itemStatuses(tasks, year);
  const chapters = new Map<number, ItemStatus[]>();
  for (const s of statuses) {
    const chapter = parseSectionRef(s.item.section)?.chapter ?? 0;
    chapters.set(chapter, [...(chapters.get(chapter) ?? []), s]);
  }
  return [...chapters]
    .sort(([a], [b]) => a - b)
    .map(([chapter, items]) => {
      const ref = { chapter, part: null, item: null };
      const section = tasks.ledger.sections.find((s) => parseSectionRef(s.ref)?.chapter === chapter && parseSectionRef(s.ref)?.part === null);
      const heading = section ? sectionHeading(ref, section.title) : items[0]!.item.section;
      const records = items.flatMap((s) => (s.record ? [s.record] : []));
      return { ref: section?.ref ?? String(chapter), heading, items, counts: ratingCounts(items.map((s) => s.item), records, year) };
    });
}

/** Every evidence file of a record up to `year`, by item in the ledger's order, then by year. */
export function evidenceEntries(tasks: ReportTasks, year: number): EvidenceEntry[] {
  const order = new Map(tasks.ledger.items.map((item, i) => [item.id, i]));
  const items = new Map(tasks.ledger.items.map((item) => [item.id, item]));
  return tasks.progress
    .filter((p) => p.year <= year && items.has(p.itemId))
    .sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)! || a.year - b.year)
    .flatMap((p) => p.evidence.map((evidence) => ({ item: items.get(p.itemId)!, year: p.year, evidence })));
}

/** How many characters of a file's SHA-256 the report cites: enough to tell files apart and to find one. */
export const HASH_PREFIX = 16;
