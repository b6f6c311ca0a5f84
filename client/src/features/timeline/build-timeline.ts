// The plan timeline: tasks by the month they are due and by status, with each open task's
// urgency (overdue, due soon) worked out against "today", which the view can set.
import { isOpen, normaliseStatus, TASK_STATUSES, type TaskStatus } from '../../shared/task-status';
import type { TimelineTaskData } from './timeline.query';

export type Urgency = 'overdue' | 'due-soon' | 'later' | 'finished' | 'undated';

/** A month as 'YYYY-MM'. */
export type Month = string;

export const monthOf = (isoDate: string): Month => isoDate.slice(0, 7);

export function monthIndex(month: Month): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
}

export function monthLabel(month: Month): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The month a task is due by: the end of a range or quarter, else its month. */
export function dueMonth(task: Pick<TimelineTaskData, 'due' | 'dueEnd'>): Month | null {
  const end = task.dueEnd ?? task.due;
  return end ? monthOf(end) : null;
}

/**
 * Overdue: open and its due month has passed. Due soon: open and due this month or within the
 * next `soonMonths` months. Done or dropped tasks are finished whatever their date.
 */
export function urgencyOf(
  task: Pick<TimelineTaskData, 'due' | 'dueEnd' | 'status'>,
  today: Month,
  soonMonths = 2,
): Urgency {
  if (!isOpen(task.status)) return 'finished';
  const month = dueMonth(task);
  if (!month) return 'undated';
  const diff = monthIndex(month) - monthIndex(today);
  if (diff < 0) return 'overdue';
  if (diff <= soonMonths) return 'due-soon';
  return 'later';
}

export interface TimelineTask extends TimelineTaskData {
  urgency: Urgency;
  statusKey: TaskStatus;
}

export interface TimelineRow {
  month: Month;
  label: string;
  isCurrent: boolean;
  isPast: boolean;
  byStatus: Record<TaskStatus, TimelineTask[]>;
}

export interface Timeline {
  rows: TimelineRow[];
  undated: Record<TaskStatus, TimelineTask[]>;
  counts: Record<Urgency, number>;
}

const emptyByStatus = (): Record<TaskStatus, TimelineTask[]> => ({
  not_started: [],
  in_progress: [],
  done: [],
  dropped: [],
});

export interface TimelineFilter {
  objective: string | null;
  /** Only overdue and due-soon tasks. */
  urgentOnly: boolean;
}

/** Rows for every month that has a task, plus the current month, in order. */
export function buildTimeline(
  tasks: readonly TimelineTaskData[],
  today: Month,
  filter: TimelineFilter,
): Timeline {
  const counts: Record<Urgency, number> = {
    overdue: 0,
    'due-soon': 0,
    later: 0,
    finished: 0,
    undated: 0,
  };
  const rows = new Map<Month, TimelineRow>();
  const undated = emptyByStatus();
  const row = (month: Month): TimelineRow => {
    const existing = rows.get(month);
    if (existing) return existing;
    const created: TimelineRow = {
      month,
      label: monthLabel(month),
      isCurrent: month === today,
      isPast: monthIndex(month) < monthIndex(today),
      byStatus: emptyByStatus(),
    };
    rows.set(month, created);
    return created;
  };
  for (const t of tasks) {
    if (filter.objective && t.objective[0]?.key !== filter.objective) continue;
    const task: TimelineTask = {
      ...t,
      urgency: urgencyOf(t, today),
      statusKey: normaliseStatus(t.status) ?? 'not_started',
    };
    if (filter.urgentOnly && task.urgency !== 'overdue' && task.urgency !== 'due-soon') continue;
    counts[task.urgency] += 1;
    const month = dueMonth(t);
    if (month) row(month).byStatus[task.statusKey].push(task);
    else undated[task.statusKey].push(task);
  }
  row(today);
  return {
    rows: [...rows.values()].sort((a, b) => monthIndex(a.month) - monthIndex(b.month)),
    undated,
    counts,
  };
}

const cardsIn = (byStatus: Record<TaskStatus, TimelineTask[]>) =>
  TASK_STATUSES.reduce((n, s) => n + byStatus[s].length, 0);

/** The part of a timeline that is drawn, and how many of its tasks that is. */
export interface DrawnTimeline {
  rows: TimelineRow[];
  /** Whether the row of tasks without a date is drawn (it comes after every month). */
  undated: boolean;
  shown: number;
  total: number;
}

/**
 * Whole months in order, then the row without a date, while they hold at most `limit` tasks
 * (the first month always, however many it holds). With every council loaded the timeline has
 * about 7,900 tasks, which took the browser about 5 s to draw.
 */
export function drawnPart(timeline: Timeline, limit: number): DrawnTimeline {
  const sections = [
    ...timeline.rows.map((row) => ({ row, size: cardsIn(row.byStatus) })),
    { row: null, size: cardsIn(timeline.undated) },
  ];
  const total = sections.reduce((n, s) => n + s.size, 0);
  const rows: TimelineRow[] = [];
  let shown = 0;
  let undated = false;
  for (const { row, size } of sections) {
    if (shown > 0 && shown + size > limit) break;
    shown += size;
    if (row) rows.push(row);
    else undated = true;
  }
  return { rows, undated, shown, total };
}

export { TASK_STATUSES };
