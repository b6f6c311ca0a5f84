// The Plan timeline's query, declared beside it: every task, or one council's, with its dates,
// status and parties. One council's tasks are read through its plans (`plans(where: authority)`),
// so the database starts from the index on Plan.authority instead of scanning every task for one
// whose plan matches (what `tasks(where: { plan: { some: … } })` compiles to); `$all` picks the
// branch.
import { gql, type TypedDocumentNode } from '@apollo/client';
import {
  ascendingNullsLast,
  type CouncilTasksData,
  type CouncilTasksVariables,
} from '../../shared/council-choices.query';

export interface TimelineTaskData {
  key: string;
  title: string;
  due: string | null;
  dueEnd: string | null;
  dueKind: string | null;
  dueRaw: string | null;
  status: string | null;
  row: number | null;
  objective: { key: string; title: string }[];
  responsible: { key: string; name: string }[];
}

export const TIMELINE_QUERY: TypedDocumentNode<
  CouncilTasksData<TimelineTaskData>,
  CouncilTasksVariables
> = gql`
  query Timeline($all: Boolean!, $council: String) {
    tasks(sort: [{ due: ASC }, { row: ASC }]) @include(if: $all) {
      ...TimelineTask
    }
    plans(where: { authority: { eq: $council } }, sort: [{ key: ASC }]) @skip(if: $all) {
      key
      tasks(sort: [{ due: ASC }, { row: ASC }]) {
        ...TimelineTask
      }
    }
  }

  fragment TimelineTask on Task {
    key
    title
    due
    dueEnd
    dueKind
    dueRaw
    status
    row
    objective {
      key
      title
    }
    responsible {
      key
      name
    }
  }
`;

/** The server's `due: ASC, row: ASC` (no date or no row last; dates are ISO strings). */
export function byDueThenRow(
  a: Pick<TimelineTaskData, 'due' | 'row'>,
  b: Pick<TimelineTaskData, 'due' | 'row'>,
): number {
  return ascendingNullsLast(a.due, b.due) || ascendingNullsLast(a.row, b.row);
}
