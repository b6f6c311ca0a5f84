// The RACI matrix's query, declared beside it: every task (or one council's) with its four lists of
// parties.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RaciTaskInput } from './build-raci-matrix';

export const RACI_QUERY: TypedDocumentNode<{ tasks: RaciTaskInput[] }> = gql`
  query RaciMatrix($where: TaskWhere) {
    tasks(where: $where, sort: [{ row: ASC }]) {
      key
      title
      row
      status
      objective {
        key
        title
      }
      responsible {
        key
        name
      }
      accountable {
        key
        name
      }
      consulted {
        key
        name
      }
      informed {
        key
        name
      }
    }
  }
`;
