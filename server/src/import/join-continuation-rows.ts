// A page break in the PDF can cut one table row in two: the second part arrives as a row of its
// own (often under a repeated header) whose cells carry on in lower case. Those are put back.
import type { ImportIssue } from './types.js';
import type { PlanRow } from './read-block-rows.js';
import { collapseWhitespace } from './normalise-text.js';
import { parseDueDate } from './parse-due-date.js';

/**
 * Join each continuation row to the task row before it. A continuation has no objective, and
 * every filled cell starts in lower case (or with `and`/`&`) and is neither a RACI cell nor a date.
 */
export function joinContinuationRows(rows: PlanRow[]): {
  rows: PlanRow[];
  joined: number[];
  issues: ImportIssue[];
} {
  const kept: PlanRow[] = [];
  const joined: number[] = [];
  const issues: ImportIssue[] = [];
  // The last kept row with a task: kept track of, not searched for, so a long table stays linear.
  let previous: PlanRow | undefined;
  for (const row of rows) {
    if (!previous || !isContinuation(row)) {
      kept.push(row);
      if (row.task.trim() !== '') previous = row;
      continue;
    }
    joinInto(previous, row);
    joined.push(row.row);
    issues.push({
      row: row.row,
      severity: 'warning',
      code: 'ROW_JOINED',
      message: `The row carries on row ${previous.row} (its cells start in lower case, as text cut by a page break does); it was read as part of row ${previous.row}.`,
    });
  }
  return { rows: kept, joined, issues };
}

function filledCells(row: PlanRow): string[] {
  return [
    row.task,
    row.clientGroup ?? '',
    ...row.measures,
    ...row.raci.map((source) => source.text),
    row.due ?? '',
  ].filter((text) => text.trim() !== '');
}

function isContinuation(row: PlanRow): boolean {
  const cells = filledCells(row);
  return (
    row.objective.trim() === '' &&
    row.unread.length === 0 &&
    cells.length > 0 &&
    row.raci.every((source) => source.kind !== 'matrix') &&
    cells.every((cell) => {
      const text = cell.trim();
      const due = parseDueDate(text).due.kind;
      return (
        /^(\p{Ll}|and\b|&)/u.test(text) &&
        !/^(r|a|c|i)\s*:/i.test(text) &&
        (due === 'unparsed' || due === 'none')
      );
    })
  );
}

function joinInto(target: PlanRow, part: PlanRow): void {
  const join = (a: string, b: string) => collapseWhitespace(`${a} ${b}`);
  if (part.task.trim() !== '') target.task = join(target.task, part.task);
  if (part.clientGroup?.trim())
    target.clientGroup = join(target.clientGroup ?? '', part.clientGroup);
  if (part.due?.trim()) target.due = join(target.due ?? '', part.due);
  part.measures.forEach((measure, index) => {
    // The first part of a cut measure cell carries on the last measure written above it.
    const last = target.measures.length - 1;
    if (index === 0 && last >= 0) target.measures[last] = `${target.measures[last]} ${measure}`;
    else target.measures.push(measure);
  });
  for (const source of part.raci) {
    const same = [...target.raci].reverse().find((candidate) => candidate.column === source.column);
    if (same) same.text = `${same.text} ${source.text}`;
    else target.raci.push({ ...source });
  }
}
