// The Plan timeline's query, declared beside it: every task, or one council's, with its dates,
// status and parties (the server's councilTasks view: a council's tasks start from the index on
// Plan.authority).
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
  query Timeline($council: String) {
    councilTasks(council: $council) {
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
  }
`;

/** By due date, then row (no date or no row last; dates are ISO strings). */
export function byDueThenRow(
  a: Pick<TimelineTaskData, 'due' | 'row'>,
  b: Pick<TimelineTaskData, 'due' | 'row'>,
): number {
  return ascendingNullsLast(a.due, b.due) || ascendingNullsLast(a.row, b.row);
}
