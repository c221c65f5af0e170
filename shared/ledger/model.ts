// What a ledger item is: a task, platform or project of a plan, where in the plan it comes from, the verb that says
// when it is done, who answers for it, its milestones, and the indicators it serves.

export const ITEM_KINDS = ['task', 'platform', 'project'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * The verbs that define done, each with its rubric in the dictionary (ledger.verb.<id>.rubric). A plan's own verbs
 * fold into these: 建设/建好/创建 of a named thing → build; 构建/建立/健全/完善 of a system → establish; 推进/推动/
 * 促进/深化/共建 → advance; 提升/强化/加强/优化 → raise; 培育/壮大/集聚 → cultivate; 攻关/突破 → breakthrough.
 */
export const VERBS = ['build', 'advance', 'establish', 'implement', 'raise', 'cultivate', 'breakthrough', 'explore'] as const;
export type Verb = (typeof VERBS)[number];

/** The stages of a platform or project, in the order they are reached (立项 → 开工 → 建成/挂牌 → 验收 → 运行). */
export const STAGES = ['approved', 'started', 'completed', 'accepted', 'operating'] as const;
export type Stage = (typeof STAGES)[number];

export interface Milestone {
  year: number;
  stage: Stage;
}

/** A project's money, in 万元; either figure may be unknown. */
export interface Investment {
  planned: number | null;
  completed: number | null;
}

export interface LedgerItem {
  /** Stable: progress, imports and the command line refer to an item by it. */
  id: string;
  /** Where in the plan the item comes from, written canonically ("五（一）2"; see section.ts). */
  section: string;
  title: string;
  kind: ItemKind;
  verb: Verb;
  /** 牵头单位; empty until a 分工方案 names it. */
  lead: string;
  /** 配合单位. */
  partners: string[];
  milestones: Milestone[];
  /** 时间节点 as a 分工方案 words it where no year and stage could be read from it ("持续推进"), kept for the reader. */
  milestoneNote?: string;
  /** Only for projects. */
  investment?: Investment;
  /** Ids of the plan's indicators the item serves. */
  indicators: string[];
}

/** A chapter ("五") or part ("五（一）") of the plan, with its heading: what the items are grouped by. */
export interface LedgerSection {
  ref: string;
  title: string;
}

export interface Ledger {
  planId: string;
  sections: LedgerSection[];
  items: LedgerItem[];
}
