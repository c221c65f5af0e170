// The reviewer's aid: names in the text of 三–九 that end like a platform's (实验室, 中心, 设施, 示范区 …) and that no
// platform entry covers, so a named platform the tables miss is seen rather than silently left out.
import { parseSectionRef } from '../../shared/ledger';
import { FIRST_CHAPTER, LAST_CHAPTER, TEXT_GAPS, type PlatformEntry } from './overrides';
import { readOutline } from './plan-text';

const NAMED = /[\u4e00-\u9fff“”（）—]{2,24}?(?:实验室|创新中心|研究中心|服务中心|保护中心|设施|装置|风洞|考察船|钻采船|研究院|示范区|先导区|创新区|合作区|试验区|基地|产业园|合作园|科学城|知识城|特区|自由港|科学馆|平台|中枢)/g;

export function platformCandidates(planText: string, platforms: readonly PlatformEntry[]): { section: string; name: string }[] {
  const outline = readOutline(planText, TEXT_GAPS);
  const covered = (name: string) => platforms.some((p) => p.find.includes(name) || name.includes(p.title) || p.title.includes(name));
  return outline.items
    .filter((item) => {
      const chapter = parseSectionRef(item.ref)!.chapter;
      return chapter >= FIRST_CHAPTER && chapter <= LAST_CHAPTER;
    })
    .flatMap((item) => [...item.body.matchAll(NAMED)].map((m) => ({ section: item.ref, name: m[0] })))
    .filter((c) => !covered(c.name));
}
