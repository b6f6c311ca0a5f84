// The GraphQL operation the overview needs, declared beside the view that uses it.
import { gql, type TypedDocumentNode } from '@apollo/client';

interface Named {
  key: string;
  name: string;
}

export interface OverviewData {
  organisations: Named[];
  boards: Named[];
  roles: Named[];
  clientGroups: Named[];
  services: Named[];
  tasks: {
    key: string;
    title: string;
    dueRaw: string | null;
    objective: { title: string }[];
    responsible: { name: string }[];
    accountable: { name: string }[];
  }[];
}

export const OVERVIEW_QUERY: TypedDocumentNode<OverviewData> = gql`
  query Overview {
    organisations {
      key
      name
    }
    boards {
      key
      name
    }
    roles {
      key
      name
    }
    clientGroups {
      key
      name
    }
    services {
      key
      name
    }
    tasks(sort: [{ row: ASC }]) {
      key
      title
      dueRaw
      objective {
        title
      }
      responsible {
        name
      }
      accountable {
        name
      }
    }
  }
`;
