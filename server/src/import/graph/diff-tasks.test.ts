import { describe, expect, it } from 'vitest';
import { diffTasks, type TaskState } from './diff-tasks.js';

const task = (over: Partial<TaskState> = {}): TaskState => ({
  key: 'task:p/a',
  title: 'Do a thing',
  row: 3,
  dueRaw: 'June 2023',
  due: '2023-06-01',
  dueEnd: null,
  dueKind: 'month',
  forAll: false,
  objective: 'objective:p/o',
  clientGroups: ['clientgroup:rough-sleepers'],
  measures: ['One', 'Two'],
  raci: { R: ['role:x'], A: ['role:y'], C: ['org:a', 'org:b'], I: [] },
  ...over,
});

describe('diffTasks', () => {
  it('finds nothing to do when the file says what the graph holds, whatever the order of parties', () => {
    const before = task();
    const after = task({ raci: { R: ['role:x'], A: ['role:y'], C: ['org:b', 'org:a'], I: [] } });
    expect(diffTasks([before], [after])).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: 1,
    });
  });

  it('names the fields that changed', () => {
    const after = task({
      due: '2023-12-01',
      dueRaw: 'December 2023',
      measures: ['One'],
      raci: { ...task().raci, A: ['role:z'] },
    });
    expect(diffTasks([task()], [after]).changed[0]?.fields).toEqual(['due', 'measures', 'raci.A']);
  });

  it('reports new and removed tasks', () => {
    const diff = diffTasks(
      [task({ key: 'task:p/old', title: 'Old' })],
      [task({ key: 'task:p/new' })],
    );
    expect(diff.added.map((t) => t.key)).toEqual(['task:p/new']);
    expect(diff.removed).toEqual([{ key: 'task:p/old', title: 'Old' }]);
  });
});
