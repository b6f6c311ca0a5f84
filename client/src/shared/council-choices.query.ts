// The councils a view can be narrowed to, by name: one query shared by the views that offer it,
// so Apollo's cache answers the second one.
import { gql, type TypedDocumentNode } from '@apollo/client';

export const COUNCIL_CHOICES_QUERY: TypedDocumentNode<{
  councils: { key: string; name: string }[];
}> = gql`
  query CouncilChoices {
    councils: organisations(where: { kind: { eq: "council" } }, sort: [{ name: ASC }]) {
      key
      name
    }
  }
`;

/** What a task view's query answers: every task, or (with a council chosen) that council's. */
export interface CouncilTasksData<T> {
  councilTasks: T[];
}

/** A task view's query asks for `$council`'s tasks, or every task when it is null. */
export interface CouncilTasksVariables {
  council: string | null;
}

/** The variables of a task view's query for one council, or for every task when there is none. */
export function councilTasksVariables(council: string | null): CouncilTasksVariables {
  return { council };
}

/**
 * The answer's tasks in the view's order. The server lists them in row order, each once (a task
 * in two of the council's plans too); a view that wants another order sorts them here.
 */
export function councilTasks<T>(
  data: CouncilTasksData<T> | undefined,
  order: (a: T, b: T) => number,
): T[] | undefined {
  return data ? [...data.councilTasks].sort(order) : undefined;
}

/** Ascending with nulls last, as Cypher's ORDER BY … ASC. */
export function ascendingNullsLast<V extends string | number>(a: V | null, b: V | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
