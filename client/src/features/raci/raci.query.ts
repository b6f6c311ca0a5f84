// The RACI matrix's query, declared beside it: every task, or one council's, with its four lists
// of parties (the server's councilTasks view: a council's tasks start from the index on
// Plan.authority).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RaciTaskInput } from './build-raci-matrix';
import {
  ascendingNullsLast,
  type CouncilTasksData,
  type CouncilTasksVariables,
} from '../../shared/council-choices.query';

export const RACI_QUERY: TypedDocumentNode<
  CouncilTasksData<RaciTaskInput>,
  CouncilTasksVariables
> = gql`
  query RaciMatrix($council: String) {
    councilTasks(council: $council) {
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
        type
      }
      accountable {
        key
        name
        type
      }
      consulted {
        key
        name
        type
      }
      informed {
        key
        name
        type
      }
    }
  }
`;

/** The order the matrix's columns start in (the server's: by row, no row last). */
export function byRow(a: { row: number | null }, b: { row: number | null }): number {
  return ascendingNullsLast(a.row, b.row);
}
