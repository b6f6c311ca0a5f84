// The RACI matrix's query, declared beside it: every task, or one council's, with its four lists
// of parties. One council's tasks are read through its plans (`plans(where: authority)`), so the
// database starts from the index on Plan.authority instead of scanning every task for one whose
// plan matches (what `tasks(where: { plan: { some: … } })` compiles to); `$all` picks the branch.
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
  query RaciMatrix($all: Boolean!, $council: String) {
    tasks(sort: [{ row: ASC }]) @include(if: $all) {
      ...RaciTask
    }
    plans(where: { authority: { eq: $council } }, sort: [{ key: ASC }]) @skip(if: $all) {
      key
      tasks(sort: [{ row: ASC }]) {
        ...RaciTask
      }
    }
  }

  fragment RaciTask on Task {
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
`;

/** The order the matrix's columns start in (the server's `row: ASC`: no row last). */
export function byRow(a: { row: number | null }, b: { row: number | null }): number {
  return ascendingNullsLast(a.row, b.row);
}
