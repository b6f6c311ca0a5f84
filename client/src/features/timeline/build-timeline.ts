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

export { TASK_STATUSES };
