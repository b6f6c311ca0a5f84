// A party or client group becomes a node whose key and name are indexed, and Neo4j cannot index
// a value of about 8 KB or more: such a cell would fail the whole import with a database error.
// No real name is that long, so a row naming one is reported and left out instead.
import type { ImportIssue, ParsedTask } from './types.js';
import { RACI_LETTERS } from './types.js';

/** Longest party or client-group name the importer accepts, in characters. */
export const MAX_NAME_LENGTH = 300;

/** The issue for a task row that names a party or client group longer than the limit, if any. */
export function findOverlongNames(task: ParsedTask): ImportIssue | undefined {
  const names = [
    ...RACI_LETTERS.flatMap((letter) =>
      task.raci[letter].map((m) => ({ column: 'RACI', name: m.name })),
    ),
    ...task.clientGroups.map((name) => ({ column: 'Client group', name })),
  ];
  const long = names.find((n) => n.name.length > MAX_NAME_LENGTH);
  if (!long) return undefined;
  return {
    row: task.row,
    column: long.column,
    severity: 'error',
    code: 'NAME_TOO_LONG',
    message: `A name in the ${long.column} cell is ${long.name.length} characters long ("${long.name.slice(0, 40)}…"); names may be at most ${MAX_NAME_LENGTH}. The row was not imported: check the cell (cells run together?) and import again.`,
  };
}
