// One data row with a task, its cells already sorted by column, into the ParsedTask the graph
// writer takes: title, client groups, measures and due date read, each with its issues.
import type { DueDate, ImportIssue, ParsedTask, PartyMention, RaciLetter } from './types.js';
import type { PlanRow } from './read-block-rows.js';
import type { ColumnRole } from './match-header-row.js';
import { collapseWhitespace } from './normalise-text.js';
import { joinBrokenHyphens } from './join-broken-hyphens.js';
import { parseClientGroups } from './parse-client-groups.js';
import { splitMeasures } from './split-measures.js';
import { parseDueDate } from './parse-due-date.js';

export interface BuildTaskOptions {
  objective: string | null;
  /** Header text by column role, to name the column in issues. */
  headers?: Partial<Record<ColumnRole, string>>;
  raci: Record<RaciLetter, PartyMention[]>;
  startYear?: number;
}

/** Build the task of a row whose task cell is not blank. */
export function buildTask(
  row: PlanRow,
  options: BuildTaskOptions,
): { task: ParsedTask; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const pin = (role: ColumnRole) => (issue: Omit<ImportIssue, 'row'>) =>
    issues.push({ row: row.row, column: options.headers?.[role] ?? role, ...issue });

  const title = cleanTitle(row.task, pin('task'));
  const groups =
    row.clientGroup === null
      ? { groups: [], forAll: false, issues: [] }
      : parseClientGroups(row.clientGroup);
  groups.issues.forEach(pin('clientGroup'));
  const measures = row.measures.flatMap((cell) => {
    const split = splitMeasures(cell);
    split.issues.forEach(pin('measure'));
    return split.measures;
  });
  let due: DueDate = { raw: '', kind: 'none', start: null, end: null };
  if (row.due !== null) {
    const read = parseDueDate(
      row.due,
      options.startYear === undefined ? {} : { startYear: options.startYear },
    );
    due = read.due;
    if (read.issue) pin('due')(read.issue);
  }
  return {
    task: {
      row: row.row,
      objective: options.objective,
      title,
      clientGroups: groups.groups,
      forAll: groups.forAll,
      measures,
      raci: options.raci,
      due,
    },
    issues,
  };
}

function cleanTitle(text: string, report: (issue: Omit<ImportIssue, 'row'>) => void): string {
  let title = collapseWhitespace(text);
  if ((title.match(/"/g) ?? []).length % 2 === 1) {
    const unquoted = title.replace(/^"|"$/g, '').trim();
    if (unquoted !== title) {
      report({
        severity: 'warning',
        code: 'STRAY_PUNCTUATION',
        message: `Removed a stray quote mark from the task title.`,
      });
      title = unquoted;
    }
  }
  const { text: repaired, joined } = joinBrokenHyphens(title);
  if (joined.length > 0) {
    report({
      severity: 'info',
      code: 'HYPHEN_JOINED',
      message: `Joined a word broken by a line break in the task title: ${joined.join(', ')}.`,
    });
  }
  return repaired;
}
