import { describe, expect, it } from 'vitest';
import { buildTimeline, drawnPart, dueMonth, monthLabel, urgencyOf } from './build-timeline';
import type { TimelineTaskData } from './timeline.query';

const task = (over: Partial<TimelineTaskData>): TimelineTaskData => ({
  key: 'k',
  title: 't',
  due: null,
  dueEnd: null,
  dueKind: 'month',
  dueRaw: null,
  status: 'not_started',
  row: 1,
  objective: [{ key: 'o1', title: 'Prevent' }],
  responsible: [],
  ...over,
});

describe('urgencyOf', () => {
  it('calls an open task overdue once its month has passed', () => {
    expect(urgencyOf(task({ due: '2024-03-01' }), '2024-04')).toBe('overdue');
  });

  it('calls it due soon in its own month and the two before', () => {
    expect(urgencyOf(task({ due: '2024-04-01' }), '2024-04')).toBe('due-soon');
    expect(urgencyOf(task({ due: '2024-06-01' }), '2024-04')).toBe('due-soon');
    expect(urgencyOf(task({ due: '2024-07-01' }), '2024-04')).toBe('later');
  });

  it('never calls a done or dropped task overdue', () => {
    expect(urgencyOf(task({ due: '2020-01-01', status: 'done' }), '2024-04')).toBe('finished');
    expect(urgencyOf(task({ due: '2020-01-01', status: 'dropped' }), '2024-04')).toBe('finished');
  });

  it('judges a range by its end', () => {
    const t = task({ due: '2024-04-01', dueEnd: '2025-03-01', dueKind: 'range' });
    expect(dueMonth(t)).toBe('2025-03');
    expect(urgencyOf(t, '2024-06')).toBe('later');
  });

  it('leaves a task without a date undated', () => {
    expect(urgencyOf(task({ dueRaw: 'Ongoing' }), '2024-04')).toBe('undated');
  });
});

describe('buildTimeline', () => {
  const tasks = [
    task({ key: 'a', due: '2024-01-01' }),
    task({ key: 'b', due: '2024-01-01', status: 'in_progress' }),
    task({
      key: 'c',
      due: '2024-09-01',
      status: 'done',
      objective: [{ key: 'o2', title: 'Governance' }],
    }),
    task({ key: 'd', dueRaw: 'Ongoing' }),
  ];

  it('puts tasks in month rows by status, with the current month always present', () => {
    const t = buildTimeline(tasks, '2024-05', { objective: null, urgentOnly: false });
    expect(t.rows.map((r) => r.month)).toEqual(['2024-01', '2024-05', '2024-09']);
    expect(t.rows[0]?.byStatus.not_started.map((x) => x.key)).toEqual(['a']);
    expect(t.rows[0]?.byStatus.in_progress.map((x) => x.key)).toEqual(['b']);
    expect(t.rows[1]?.isCurrent).toBe(true);
    expect(t.undated.not_started.map((x) => x.key)).toEqual(['d']);
  });

  it('counts overdue and finished tasks', () => {
    const t = buildTimeline(tasks, '2024-05', { objective: null, urgentOnly: false });
    expect(t.counts).toMatchObject({ overdue: 2, finished: 1, undated: 1 });
  });

  it('keeps only urgent tasks when asked, and one objective', () => {
    expect(
      buildTimeline(tasks, '2024-05', { objective: null, urgentOnly: true }).counts.overdue,
    ).toBe(2);
    const only = buildTimeline(tasks, '2024-05', { objective: 'o2', urgentOnly: false });
    expect(only.rows.flatMap((r) => Object.values(r.byStatus).flat()).map((x) => x.key)).toEqual([
      'c',
    ]);
  });
});

describe('drawnPart', () => {
  // Three tasks in January, one in March, two without a date; today is February (no task).
  const many = [
    ...['a', 'b', 'c'].map((key) => task({ key, due: '2024-01-01' })),
    task({ key: 'd', due: '2024-03-01' }),
    task({ key: 'e' }),
    task({ key: 'f', status: 'done' }),
  ];
  const timeline = buildTimeline(many, '2024-02', { objective: null, urgentOnly: false });
  const months = (limit: number) => drawnPart(timeline, limit).rows.map((r) => r.month);

  it('draws whole months in order while they hold at most the limit, the undated row last', () => {
    expect(months(4)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(drawnPart(timeline, 4)).toMatchObject({ undated: false, shown: 4, total: 6 });
    expect(drawnPart(timeline, 6)).toMatchObject({ undated: true, shown: 6, total: 6 });
  });

  it('never splits a month, and always draws the first that has tasks', () => {
    expect(months(3)).toEqual(['2024-01', '2024-02']);
    expect(months(1)).toEqual(['2024-01']);
    expect(drawnPart(timeline, 1).shown).toBe(3);
  });
});

describe('monthLabel', () => {
  it('writes the month in words', () => {
    expect(monthLabel('2023-12')).toBe('December 2023');
  });
});
