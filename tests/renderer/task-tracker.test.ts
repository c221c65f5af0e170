// The 数据采集 tracker's task sheets: the latest sheet per department, what its department sent back since (rated or
// 未报送), and task sheets kept apart from indicator templates.
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ItemProgress } from '../../shared/ledger';
import type { SentTemplateRow } from '../../renderer/db/templates';
import { isTaskSheet, trackTaskSheets } from '../../renderer/src/screens/templates/task-tracker';

const sheet = (department: string, createdAt: string, itemIds: string[], year = 2023): SentTemplateRow => ({
  id: `${department}-${createdAt}`,
  templateId: `${department}-${createdAt}`,
  department,
  sheet: department,
  indicatorIds: [],
  years: [year],
  regions: [],
  itemIds,
  projectId: 'p',
  fileName: '重点任务进展表.xlsx',
  deadline: '',
  contact: '',
  createdAt,
});
const record = (itemId: string, change: Partial<ItemProgress>): ItemProgress => ({ ...emptyProgress(itemId, 2023), updatedAt: '2024-02-01T00:00:00.000Z', ...change });

describe('trackTaskSheets', () => {
  it('counts, for the latest sheet of each department, the answers and the 未报送 that came back after it was made', () => {
    const sent = [sheet('市科技局', '2024-01-01T00:00:00.000Z', ['a']), sheet('市科技局', '2024-01-15T00:00:00.000Z', ['a', 'b']), sheet('市发展改革委', '2024-01-15T00:00:00.000Z', ['c', 'd'])];
    const { itemIds: _i, ...indicatorTemplate } = sheet('市统计局', '2024-01-15T00:00:00.000Z', []);
    const progress = [
      record('a', { rating: 'on-track', reportedBy: '市科技局' }),
      record('b', { rating: null, reportedBy: '市科技局' }),
      record('c', { rating: null, reportedBy: '市发展改革委' }),
      record('d', { rating: null, reportedBy: '市发展改革委' }),
      // Before the sheet was made, another year, or entered by the evaluator: not what came back.
      record('a', { rating: 'lagging', reportedBy: '市科技局', year: 2022 }),
      record('x', { rating: 'done', reportedBy: '', updatedAt: '2024-03-01T00:00:00.000Z' }),
    ];
    expect(isTaskSheet(indicatorTemplate)).toBe(false);
    const rows = trackTaskSheets([...sent, indicatorTemplate], progress);
    expect(rows.map((r) => [r.department, r.sent.createdAt, r.answered, r.notReported, r.returnedAt])).toEqual([
      ['市发展改革委', '2024-01-15T00:00:00.000Z', 0, 2, '2024-02-01T00:00:00.000Z'],
      ['市科技局', '2024-01-15T00:00:00.000Z', 1, 1, '2024-02-01T00:00:00.000Z'],
    ]);
    expect(trackTaskSheets(sent, [])[0]!.returnedAt).toBeNull();
  });
});
