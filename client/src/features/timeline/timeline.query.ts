// The Plan timeline's query, declared beside it: every task (or one council's) with its dates, status and
// parties.
import { gql, type TypedDocumentNode } from '@apollo/client';

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

export const TIMELINE_QUERY: TypedDocumentNode<{ tasks: TimelineTaskData[] }> = gql`
  query Timeline($where: TaskWhere) {
    tasks(where: $where, sort: [{ due: ASC }, { row: ASC }]) {
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
