// The Pathways view's queries, declared beside it: the client groups (with how many pathways
// each has) and one group's routes step by step.
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PathwayStep {
  order: number;
  key: string;
  name: string;
  type: string;
  providers: { key: string; name: string; type: string }[];
  deadEnd: boolean;
}

export interface PathwayRoute {
  key: string;
  name: string;
  description: string | null;
  steps: PathwayStep[];
}

export const PATHWAYS_QUERY: TypedDocumentNode<
  { clientGroupPathways: PathwayRoute[] },
  { clientGroup: string }
> = gql`
  query ClientGroupPathways($clientGroup: String!) {
    clientGroupPathways(clientGroup: $clientGroup) {
      key
      name
      description
      steps {
        order
        key
        name
        type
        deadEnd
        providers {
          key
          name
          type
        }
      }
    }
  }
`;

export interface ClientGroupChoice {
  key: string;
  name: string;
  pathwaysConnection: { totalCount: number };
}

export const CLIENT_GROUPS_QUERY: TypedDocumentNode<{ clientGroups: ClientGroupChoice[] }> = gql`
  query PathwayClientGroups {
    clientGroups(sort: [{ name: ASC }]) {
      key
      name
      pathwaysConnection {
        totalCount
      }
    }
  }
`;
