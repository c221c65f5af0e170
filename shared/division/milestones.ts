// 时间节点 as a 分工方案 writes it ("2022年底前开工，2025年建成") read into milestones: a year and a stage word per
// phrase. A phrase without exactly one year, or without a stage word this reader knows, is kept as text.
import type { Milestone, Stage } from '../ledger';
import { toHalfWidth } from '../base';

/** Stage words, by stage; the first found in a phrase is its stage ("建成投用" reads as 建成 then 运行). */
const STAGE_WORDS: readonly [Stage, RegExp][] = [
  ['approved', /立项|批复|获批/],
  ['started', /开工|动工|启动建设/],
  ['completed', /建成|挂牌|竣工|完工|落成/],
  ['accepted', /验收/],
  ['operating', /运行|运营|投用|投入使用/],
];

const YEAR = /(?:19|20)\d{2}(?=\s*年|\s*$|[^\d])/g;
const PHRASES = /[，,；;。\n]+/;

export interface ReadMilestones {
  milestones: Milestone[];
  /** The phrases that could not be read, as written. */
  unread: string[];
  /** Why each unread phrase was not read, in order: no year, several years, or no stage word. */
  reasons: ('noYear' | 'severalYears' | 'noStage')[];
}

/** The milestones a 时间节点 cell names, and what of it could not be read. */
export function readMilestones(text: string): ReadMilestones {
  const result: ReadMilestones = { milestones: [], unread: [], reasons: [] };
  for (const phrase of text.split(PHRASES).map((p) => p.trim()).filter(Boolean)) {
    const years = [...new Set(toHalfWidth(phrase).match(YEAR) ?? [])];
    const stages = STAGE_WORDS.filter(([, words]) => words.test(phrase)).map(([stage]) => stage);
    const reason = years.length === 0 ? 'noYear' : years.length > 1 ? 'severalYears' : stages.length === 0 ? 'noStage' : null;
    if (reason !== null) {
      result.unread.push(phrase);
      result.reasons.push(reason);
      continue;
    }
    for (const stage of stages) result.milestones.push({ year: Number(years[0]), stage });
  }
  return result;
}
