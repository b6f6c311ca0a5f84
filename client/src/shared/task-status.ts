// Task statuses as the API stores them (TaskStatus: not_started, in_progress, done, dropped) and
// as a planner reads them. Older data wrote them with hyphens; both forms are understood.

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const NAMES: Record<TaskStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The API form of a status, or null for none or an unknown one. */
export function normaliseStatus(status: string | null | undefined): TaskStatus | null {
  const s = (status ?? '').trim().toLowerCase().replace(/[-\s]/g, '_');
  return (TASK_STATUSES as readonly string[]).includes(s) ? (s as TaskStatus) : null;
}

/** "In progress"; a missing status reads "Not started", as the importer sets it. */
export function statusName(status: string | null | undefined): string {
  const s = normaliseStatus(status);
  if (s) return NAMES[s];
  return status ? status : NAMES.not_started;
}

/** True when a task still needs doing (not done, not dropped). */
export function isOpen(status: string | null | undefined): boolean {
  const s = normaliseStatus(status);
  return s !== 'done' && s !== 'dropped';
}
