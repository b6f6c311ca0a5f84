// The import report in words: a headline, counts of issues by severity, and the issues in row
// order for the table (errors first within a row).
import type { ImportIssue, ImportReport } from './import.query';

export const ISSUE_SEVERITIES = ['error', 'warning', 'note'] as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One or two sentences saying what was read and what importing does (or did). */
export function reportHeadline(r: ImportReport): string {
  const read = `Read ${plural(r.tasksRead, 'task')} under ${plural(r.objectivesRead, 'objective')} from ${plural(r.rowsRead, 'row')} of ${r.file} (${r.format}) for ${r.authorityName}.`;
  if (!r.changed)
    return `${read} ${r.dryRun ? 'Importing it would change nothing: the graph already holds this plan.' : 'Nothing changed: the graph already held this plan.'}`;
  const changes = `${plural(r.added.length, 'task')} added, ${plural(r.updated.length, 'task')} updated, ${plural(r.removed.length, 'task')} removed, ${r.unchanged} unchanged`;
  return `${read} ${r.dryRun ? `Importing it would leave: ${changes}.` : `Imported: ${changes}.`}`;
}

export interface IssueCounts {
  error: number;
  warning: number;
  note: number;
  [severity: string]: number;
}

export function countIssues(issues: readonly ImportIssue[]): IssueCounts {
  const counts: IssueCounts = { error: 0, warning: 0, note: 0 };
  for (const i of issues) counts[i.severity] = (counts[i.severity] ?? 0) + 1;
  return counts;
}

const rank = (s: string) => {
  const i = (ISSUE_SEVERITIES as readonly string[]).indexOf(s);
  return i < 0 ? ISSUE_SEVERITIES.length : i;
};

/** The issues of the chosen severities (all when none is chosen), by row, errors first. */
export function issueRows(
  issues: readonly ImportIssue[],
  severities: readonly string[],
): ImportIssue[] {
  return issues
    .filter((i) => severities.length === 0 || severities.includes(i.severity))
    .sort(
      (a, b) => (a.row ?? Infinity) - (b.row ?? Infinity) || rank(a.severity) - rank(b.severity),
    );
}
