// Compares the tasks a plan file describes with the tasks the graph already holds for that
// plan: which are new, which changed (and in what), which are gone, which are untouched.
import type { RaciLetter } from '../types.js';

export interface TaskState {
  key: string;
  title: string;
  row: number;
  dueRaw: string | null;
  due: string | null;
  dueEnd: string | null;
  dueKind: string;
  forAll: boolean;
  objective: string | null;
  clientGroups: string[];
  measures: string[];
  raci: Record<RaciLetter, string[]>;
}

export interface TaskChange {
  key: string;
  title: string;
  row: number;
  fields: string[];
}

export interface TaskDiff {
  added: TaskState[];
  changed: { task: TaskState; fields: string[] }[];
  removed: { key: string; title: string }[];
  unchanged: number;
}

const sorted = (values: string[]): string => JSON.stringify([...values].sort());

function changedFields(before: TaskState, after: TaskState): string[] {
  const fields: string[] = [];
  const same = (a: unknown, b: unknown): boolean =>
    JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (!same(before.title, after.title)) fields.push('title');
  if (before.row !== after.row) fields.push('row');
  if (
    !same(before.dueRaw, after.dueRaw) ||
    !same(before.due, after.due) ||
    !same(before.dueEnd, after.dueEnd)
  )
    fields.push('due');
  if (Boolean(before.forAll) !== Boolean(after.forAll)) fields.push('forAll');
  if (!same(before.objective, after.objective)) fields.push('objective');
  if (sorted(before.clientGroups) !== sorted(after.clientGroups)) fields.push('clientGroups');
  if (JSON.stringify(before.measures) !== JSON.stringify(after.measures)) fields.push('measures');
  for (const letter of ['R', 'A', 'C', 'I'] as const) {
    if (sorted(before.raci[letter]) !== sorted(after.raci[letter])) fields.push(`raci.${letter}`);
  }
  return fields;
}

/** The difference between the graph (`existing`) and the file (`wanted`). */
export function diffTasks(existing: TaskState[], wanted: TaskState[]): TaskDiff {
  const before = new Map(existing.map((t) => [t.key, t]));
  const wantedKeys = new Set(wanted.map((t) => t.key));
  const diff: TaskDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const task of wanted) {
    const old = before.get(task.key);
    if (!old) {
      diff.added.push(task);
      continue;
    }
    const fields = changedFields(old, task);
    if (fields.length) diff.changed.push({ task, fields });
    else diff.unchanged += 1;
  }
  for (const old of existing) {
    if (!wantedKeys.has(old.key)) diff.removed.push({ key: old.key, title: old.title });
  }
  return diff;
}
