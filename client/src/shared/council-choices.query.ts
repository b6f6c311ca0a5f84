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

/** The `where` of a task list narrowed to one council's plans, or undefined for every task. */
export function tasksOfCouncil(council: string | null) {
  return council ? { plan: { some: { authority: { eq: council } } } } : undefined;
}
