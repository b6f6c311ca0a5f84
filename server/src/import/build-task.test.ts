import { describe, expect, it } from 'vitest';
import { buildTask } from './build-task.js';
import type { PlanRow } from './read-block-rows.js';

const noParties = { R: [], A: [], C: [], I: [] };
const planRow = (overrides: Partial<PlanRow> = {}): PlanRow => ({
  row: 7,
  block: 0,
  objective: '',
  task: 'Deliver  10 units of safe house',
  clientGroup: 'Domestic Abuse',
  measures: ['Units available  Successful outcomes'],
  raci: [],
  due: 'June 2023',
  unread: [],
  ...overrides,
});

describe('buildTask', () => {
  it('builds the task from the cells of its row', () => {
    const { task, issues } = buildTask(planRow(), {
      objective: 'Increase supply',
      raci: noParties,
    });
    expect([task, issues]).toEqual([
      {
        row: 7,
        objective: 'Increase supply',
        title: 'Deliver 10 units of safe house',
        clientGroups: ['Domestic Abuse'],
        forAll: false,
        measures: ['Units available', 'Successful outcomes'],
        raci: noParties,
        due: { raw: 'June 2023', kind: 'month', start: '2023-06', end: '2023-06' },
      },
      [],
    ]);
  });

  it('pins the issues of its cells to its row and the header of their column', () => {
    const { issues } = buildTask(planRow({ clientGroup: '' }), {
      objective: null,
      raci: noParties,
      headers: { clientGroup: 'Cohort' },
    });
    expect(issues).toEqual([
      expect.objectContaining({ row: 7, column: 'Cohort', code: 'MISSING_CLIENT_GROUP' }),
    ]);
  });

  it('gives no due date and no issue when the table has no timescale column', () => {
    const { task, issues } = buildTask(planRow({ due: null }), {
      objective: null,
      raci: noParties,
    });
    expect([task.due.kind, issues]).toEqual(['none', []]);
  });

  it('reads Year 2 from the start year', () => {
    const { task } = buildTask(planRow({ due: 'Year 2' }), {
      objective: null,
      raci: noParties,
      startYear: 2023,
    });
    expect([task.due.start, task.due.end]).toEqual(['2024-04', '2025-03']);
  });

  it('removes an unmatched quote from a task title, with a warning', () => {
    const { task, issues } = buildTask(planRow({ task: 'Review the plan"' }), {
      objective: null,
      raci: noParties,
    });
    expect([task.title, issues.map((i) => i.code)]).toEqual([
      'Review the plan',
      ['STRAY_PUNCTUATION'],
    ]);
  });

  it('keeps quotes that are matched in a task title', () => {
    const { task } = buildTask(planRow({ task: 'Adopt the "No Second Night Out" model' }), {
      objective: null,
      raci: noParties,
    });
    expect(task.title).toBe('Adopt the "No Second Night Out" model');
  });
});
