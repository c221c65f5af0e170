// Section references have one written form, 五（一）2, and are read from the ways people type them.
import { describe, expect, it } from 'vitest';
import { canonicalSection, compareSections, formatSectionRef, parentSection, parseSectionRef, sectionHeading } from '../../../shared/ledger';

describe('section references', () => {
  it('read a chapter, a part and a sub-item, and write them back in the canonical form', () => {
    expect(parseSectionRef('五（一）2')).toEqual({ chapter: 5, part: 1, item: 2 });
    expect(parseSectionRef('九（四）')).toEqual({ chapter: 9, part: 4, item: null });
    expect(parseSectionRef('三')).toEqual({ chapter: 3, part: null, item: null });
    expect(formatSectionRef({ chapter: 12, part: 10, item: 3 })).toBe('十二（十）3');
    expect(formatSectionRef({ chapter: 21, part: null, item: null })).toBe('二十一');
  });

  it('accept half-width brackets, full-width digits, spaces and the heading marks 、 and .', () => {
    for (const typed of ['五(一)2', '五（一）２', ' 五 ( 一 ) 2 ', '五、（一）2.', '五(一)2、']) expect(canonicalSection(typed)).toBe('五（一）2');
    expect(canonicalSection('十(二)')).toBe('十（二）');
  });

  it('name no section for anything else', () => {
    for (const typed of ['', '5(1)2', '五（一', '五2', '十十', '一百', '五（一）0', 'V(i)2', '第五章']) expect(parseSectionRef(typed)).toBeNull();
  });

  it('sort in plan order, a whole before its parts, and know their parent', () => {
    const refs = ['五（二）1', '五', '四（三）4', '五（一）10', '五（一）2', '五（一）'].map((r) => parseSectionRef(r)!);
    expect(refs.sort(compareSections).map(formatSectionRef)).toEqual(['四（三）4', '五', '五（一）', '五（一）2', '五（一）10', '五（二）1']);
    expect(formatSectionRef(parentSection(parseSectionRef('五（一）2')!)!)).toBe('五（一）');
    expect(formatSectionRef(parentSection(parseSectionRef('五（一）')!)!)).toBe('五');
    expect(parentSection(parseSectionRef('五')!)).toBeNull();
  });
});

describe('section headings', () => {
  it('are written as the plan prints them', () => {
    expect(sectionHeading(parseSectionRef('五')!, '聚焦科学发现')).toBe('五、聚焦科学发现');
    expect(sectionHeading(parseSectionRef('五（一）')!, '强化国家战略科技力量')).toBe('（一）强化国家战略科技力量');
    expect(sectionHeading(parseSectionRef('五（一）2')!, '高标准建设国家技术创新中心')).toBe('2.高标准建设国家技术创新中心');
  });
});
