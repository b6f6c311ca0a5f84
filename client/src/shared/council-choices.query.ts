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

/** What a task view's query answers: every task, or (with a council chosen) that council's plans. */
export interface CouncilTasksData<T> {
  tasks?: T[];
  plans?: { key: string; tasks: T[] }[];
}

/** `$all` asks for every task; otherwise `$council`'s plans and their tasks. */
export interface CouncilTasksVariables {
  all: boolean;
  council: string | null;
}

/** The variables of a task view's query for one council, or for every task when there is none. */
export function councilTasksVariables(council: string | null): CouncilTasksVariables {
  return { all: !council, council };
}

/**
 * The tasks of the answer in one list: every task as the server sorted them, or the chosen
 * council's plans' tasks. Each plan's come sorted; a council with several plans has them sorted
 * again with `order` (the same order the server used), so the view sees one order either way. A
 * task in two of the council's plans is listed once, as `tasks(where: { plan: … })` would.
 */
export function councilTasks<T extends { key: string }>(
  data: CouncilTasksData<T> | undefined,
  order: (a: T, b: T) => number,
): T[] | undefined {
  if (!data) return undefined;
  if (data.tasks) return data.tasks;
  const plans = data.plans ?? [];
  if (plans.length === 1) return plans[0]?.tasks;
  const byKey = new Map<string, T>();
  for (const plan of plans) for (const task of plan.tasks) byKey.set(task.key, task);
  return [...byKey.values()].sort(order);
}

/** Ascending with nulls last, as Cypher's ORDER BY … ASC. */
export function ascendingNullsLast<V extends string | number>(a: V | null, b: V | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
