import type { MessageTable } from '../message';

// METHOD.md's status vocabulary.
export const status = {
  'status.no-data': { zh: '无数据', en: 'No data' },
  'status.achieved': { zh: '已实现', en: 'Achieved' },
  'status.achievedEarly': { zh: '提前实现', en: 'Achieved early' },
  'status.ahead': { zh: '快于预期', en: 'Ahead of schedule' },
  'status.on-track': { zh: '基本符合预期', en: 'On track' },
  'status.lagging': { zh: '滞后', en: 'Lagging' },
  'status.seriously-lagging': { zh: '明显滞后', en: 'Seriously lagging' },
  'status.stagnant': { zh: '停滞', en: 'Stagnant' },
  'status.regressing': { zh: '倒退', en: 'Regressing' },
  'status.not-assessable': { zh: '无法判断进度', en: 'Progress not assessable' },
  'status.monitoring': { zh: '监测', en: 'Monitoring' },
} satisfies MessageTable;
