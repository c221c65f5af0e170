import type { MessageTable } from '../message';

// Frozen evaluation rounds (评估轮次): their kinds and names, errors, the 评估轮次 panel, the diff and its report annex.
export const round = {
  'round.kind.annual': { zh: '年度监测', en: 'Annual monitoring' },
  'round.kind.midterm': { zh: '中期评估', en: 'Mid-term evaluation' },
  'round.kind.final': { zh: '总结评估', en: 'Final evaluation' },
  'round.name': { zh: '{year}年{kind}', en: '{kind} {year}' },

  'round.error.cutoff': { zh: '数据截止时点“{value}”不是有效日期，请写作 YYYY-MM-DD（如 2024-03-31）。', en: 'The data cut-off “{value}” is not a date: write it as YYYY-MM-DD (e.g. 2024-03-31).' },
  'round.error.kind': { zh: '评估轮次类型“{value}”无效，可选：{kinds}。', en: 'Round kind “{value}” is not one of: {kinds}.' },
  'round.error.asOf': { zh: '评估年份“{value}”不是整数年份。', en: 'The evaluation year “{value}” is not a whole year.' },
  'round.error.notARound': { zh: '{file} 不是 PlanEval 评估轮次文件。', en: '{file} is not a PlanEval round file.' },
  'round.error.newer': {
    zh: '{file} 由较新版本的 PlanEval 写出（格式 {version}），本程序只能读取格式 {supported} 及以前的轮次文件。',
    en: '{file} was written by a newer PlanEval (format {version}); this one reads round files up to format {supported}.',
  },
  'round.error.malformed': { zh: '{file} 已损坏：{detail} 不符合评估轮次的格式。', en: '{file} is damaged: {detail} is not as a round holds it.' },
  'round.error.hash': {
    zh: '{file} 中的评估轮次“{name}”与冻结时的内容校验值（SHA-256）不符：冻结后被修改过，已拒绝读取。',
    en: 'The round “{name}” in {file} no longer matches the SHA-256 it was frozen with: it was altered after freezing and is refused.',
  },
  'round.error.gone': { zh: '评估轮次 {id} 已不存在。', en: 'Round {id} no longer exists.' },
  'round.error.noValues': {
    zh: '数据截止时点 {cutoff} 之前没有导入任何{year}年及以前的数值，无法冻结评估轮次。',
    en: 'No values for {year} or earlier had been imported by the cut-off {cutoff}: there is nothing to freeze.',
  },
} satisfies MessageTable;
