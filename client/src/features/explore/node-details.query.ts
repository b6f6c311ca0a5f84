// The side panel's query: the selected node's own details and the source rows it came from.
// One document for every type; @include picks the branch for the node's type.
import { gql, type TypedDocumentNode } from '@apollo/client';

interface Ref {
  key: string;
  name: string;
}

export interface SourceEdge {
  properties: { locator: string | null } | null;
  node: { key: string; title: string | null; document: string };
}

interface Sourced {
  sourcesConnection: { edges: SourceEdge[] };
}

export interface PartyDetails extends Sourced {
  key: string;
  name: string;
  aliases: string[] | null;
  kind?: string | null;
  description: string | null;
  authority: string | null;
  memberOfBoards?: Ref[];
  provides?: Ref[];
  reportsTo?: Ref[];
  members?: Ref[];
  worksInOrganisation?: Ref[];
}

export interface TaskDetails extends Sourced {
  key: string;
  title: string;
  dueRaw: string | null;
  due: string | null;
  status: string | null;
  notes: string | null;
  row: number | null;
  forAll: boolean | null;
  plan: { key: string; title: string; authority: string }[];
  objective: { key: string; title: string }[];
  clientGroups: Ref[];
  measures: { key: string; text: string }[];
  responsible: Ref[];
  accountable: Ref[];
  consulted: Ref[];
  informed: Ref[];
}

export interface ClientGroupDetails extends Sourced {
  key: string;
  name: string;
  aliases: string[] | null;
  description: string | null;
}

export interface ServiceDetails extends Sourced {
  key: string;
  name: string;
  aliases: string[] | null;
  description: string | null;
  statutory: boolean | null;
  fundedBy: Ref[];
  providedByOrganisations: Ref[];
  serves: Ref[];
}

export interface NodeDetailsData {
  organisations?: PartyDetails[];
  boards?: PartyDetails[];
  roles?: PartyDetails[];
  tasks?: TaskDetails[];
  clientGroups?: ClientGroupDetails[];
  services?: ServiceDetails[];
}

export interface NodeDetailsVariables {
  key: string;
  organisation: boolean;
  board: boolean;
  role: boolean;
  task: boolean;
  clientGroup: boolean;
  service: boolean;
}

/** The variables for a node of a given type: only its own branch runs. */
export function nodeDetailsVariables(key: string, type: string): NodeDetailsVariables {
  return {
    key,
    organisation: type === 'Organisation',
    board: type === 'Board',
    role: type === 'Role',
    task: type === 'Task',
    clientGroup: type === 'ClientGroup',
    service: type === 'Service',
  };
}

/** True when the side panel has more to fetch for this type than the graph already holds. */
export function hasDetailsQuery(type: string): boolean {
  return ['Organisation', 'Board', 'Role', 'Task', 'ClientGroup', 'Service'].includes(type);
}

export const NODE_DETAILS_QUERY: TypedDocumentNode<NodeDetailsData, NodeDetailsVariables> = gql`
  query NodeDetails(
    $key: String!
    $organisation: Boolean!
    $board: Boolean!
    $role: Boolean!
    $task: Boolean!
    $clientGroup: Boolean!
    $service: Boolean!
  ) {
    organisations(where: { key: { eq: $key } }) @include(if: $organisation) {
      key
      name
      aliases
      kind
      description
      authority
      memberOfBoards {
        key
        name
      }
      provides {
        key
        name
      }
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
    boards(where: { key: { eq: $key } }) @include(if: $board) {
      key
      name
      aliases
      kind
      description
      authority
      reportsTo {
        key
        name
      }
      members {
        key
        name
      }
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
    roles(where: { key: { eq: $key } }) @include(if: $role) {
      key
      name
      aliases
      description
      authority
      worksInOrganisation {
        key
        name
      }
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
    tasks(where: { key: { eq: $key } }) @include(if: $task) {
      key
      title
      dueRaw
      due
      status
      notes
      row
      forAll
      plan {
        key
        title
        authority
      }
      objective {
        key
        title
      }
      clientGroups {
        key
        name
      }
      measures(sort: [{ order: ASC }]) {
        key
        text
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
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
    clientGroups(where: { key: { eq: $key } }) @include(if: $clientGroup) {
      key
      name
      aliases
      description
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
    services(where: { key: { eq: $key } }) @include(if: $service) {
      key
      name
      aliases
      description
      statutory
      fundedBy {
        key
        name
      }
      providedByOrganisations {
        key
        name
      }
      serves {
        key
        name
      }
      sourcesConnection {
        edges {
          properties {
            locator
          }
          node {
            key
            title
            document
          }
        }
      }
    }
  }
`;
