import { describe, expect, it } from 'vitest';
import { joinContinuationRows } from './join-continuation-rows.js';
import type { PlanRow } from './read-block-rows.js';

const planRow = (row: number, overrides: Partial<PlanRow> = {}): PlanRow => ({
  row,
  block: 0,
  objective: '',
  task: '',
  clientGroup: '',
  measures: [],
  raci: [],
  due: '',
  unread: [],
  ...overrides,
});

describe('joinContinuationRows', () => {
  it('joins a row whose cells carry on in lower case into the task above, with a warning', () => {
    const result = joinContinuationRows([
      planRow(2, {
        task: 'Work with partners to reduce the',
        measures: ['Additional units of temporary'],
        raci: [{ kind: 'cell', column: 'RACI', text: 'R: Team A: Head I: Committee Chair' }],
      }),
      planRow(4, {
        task: 'use of temporary accommodation',
        measures: ['accommodation are delivered'],
        raci: [{ kind: 'cell', column: 'RACI', text: 'and Vice Chair' }],
      }),
    ]);
    expect([result.rows, result.joined, result.issues.map((i) => [i.row, i.code])]).toEqual([
      [
        planRow(2, {
          task: 'Work with partners to reduce the use of temporary accommodation',
          measures: ['Additional units of temporary accommodation are delivered'],
          raci: [
            {
              kind: 'cell',
              column: 'RACI',
              text: 'R: Team A: Head I: Committee Chair and Vice Chair',
            },
          ],
        }),
      ],
      [4],
      [[4, 'ROW_JOINED']],
    ]);
  });

  it('keeps a row that starts in capitals as a task of its own', () => {
    const rows = [planRow(2, { task: 'Do X' }), planRow(3, { task: 'Do Y' })];
    expect(joinContinuationRows(rows).rows).toHaveLength(2);
  });

  it('keeps a lower-case row that has its own RACI cell', () => {
    const rows = [
      planRow(2, { task: 'Do X' }),
      planRow(3, {
        task: 'review the policy',
        raci: [{ kind: 'cell', column: 'RACI', text: 'R: Team' }],
      }),
    ];
    expect(joinContinuationRows(rows).rows).toHaveLength(2);
  });

  it('keeps a lower-case row that has its own date', () => {
    const rows = [
      planRow(2, { task: 'Do X' }),
      planRow(3, { task: 'review the policy', due: 'June 2023' }),
    ];
    expect(joinContinuationRows(rows).rows).toHaveLength(2);
  });

  it('keeps a row that names an objective', () => {
    const rows = [
      planRow(2, { task: 'Do X' }),
      planRow(3, { objective: 'and contributions', task: 'support peers' }),
    ];
    expect(joinContinuationRows(rows).rows).toHaveLength(2);
  });
});

describe('joinContinuationRows on a long table', () => {
  it('stays linear: 100,000 rows take well under two seconds', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      planRow(i + 2, { objective: i % 2 ? '' : 'Prevent', task: `Task ${i}` }),
    );
    const started = Date.now();
    const result = joinContinuationRows(rows);
    expect(result.rows).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
