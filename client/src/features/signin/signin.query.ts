// The sign-in page's query, declared beside it: the names of the organisation and council a
// user acts for (the session holds only their keys).
import { gql, type TypedDocumentNode } from '@apollo/client';

export const ORGANISATION_NAMES_QUERY: TypedDocumentNode<
  { organisations: { key: string; name: string }[] },
  { keys: string[] }
> = gql`
  query OrganisationNames($keys: [String!]!) {
    organisations(where: { key: { in: $keys } }) {
      key
      name
    }
  }
`;
