// The RACI matrix's query, declared beside it: every task with its four lists of parties.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RaciTaskInput } from './build-raci-matrix';

export const RACI_QUERY: TypedDocumentNode<{ tasks: RaciTaskInput[] }> = gql`
  query RaciMatrix {
    tasks(sort: [{ row: ASC }]) {
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
