// The parties a picker offers (organisations, boards and roles, by name), one query shared by
// every view that lets the user choose a party, so Apollo's cache answers the second one.
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PartyChoice {
  key: string;
  name: string;
}

export const PARTY_CHOICES_QUERY: TypedDocumentNode<{
  organisations: PartyChoice[];
  boards: PartyChoice[];
  roles: PartyChoice[];
}> = gql`
  query PartyChoices {
    organisations(sort: [{ name: ASC }]) {
      key
      name
    }
    boards(sort: [{ name: ASC }]) {
      key
      name
    }
    roles(sort: [{ name: ASC }]) {
      key
      name
    }
  }
`;
