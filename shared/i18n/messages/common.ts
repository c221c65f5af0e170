import type { MessageTable } from '../message';

export const common = {
  'common.appName': { zh: '规划评估工作台', en: 'PlanEval' },
  'common.sampleMark': { zh: '示例数据', en: 'Illustrative' },
  'common.sampleMarkHint': { zh: '示例数据，非官方统计', en: 'Illustrative value, not an official statistic' },
  // The marks that join the parts of a composed text: full-width in Chinese (GB/T 15834).
  'common.sep.clause': { zh: '；', en: '; ' },
  'common.sep.item': { zh: '，', en: ', ' },
  'common.sep.label': { zh: '：', en: ': ' },
} satisfies MessageTable;
