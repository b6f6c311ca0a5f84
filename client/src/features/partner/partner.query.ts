// The Partner view's operations, declared beside it: a party's own view, the list to pick a
// party from, and the two writes a partner may make (its tasks' status, its own details).
import { gql, type TypedDocumentNode } from '@apollo/client';
import { withFragments } from '../../shared/with-fragments';
import type { RaciLetter } from '../../graph/edge-types';

export interface NamedRef {
  key: string;
  name: string;
  type: string;
}

export interface PartyTask {
  key: string;
  title: string;
  letters: RaciLetter[];
  status: string | null;
  due: string | null;
  dueRaw: string | null;
  objective: string | null;
}

export interface PartnerViewData {
  party: NamedRef;
  aliases: string[];
  tasks: PartyTask[];
  boards: NamedRef[];
  services: NamedRef[];
  clientGroups: NamedRef[];
  neighbours: (NamedRef & { sharedTasks: number })[];
}

/** A party, board, service or client group as the partner view lists it. */
const NAMED_REF_FIELDS = gql`
  fragment NamedRefFields on NamedRef {
    key
    name
    type
  }
`;

export const PARTNER_VIEW_QUERY: TypedDocumentNode<
  { partnerView: PartnerViewData | null },
  { key: string }
> = withFragments(
  gql`
    query PartnerView($key: String!) {
      partnerView(key: $key) {
        party {
          ...NamedRefFields
        }
        aliases
        tasks {
          key
          title
          letters
          status
          due
          dueRaw
          objective
        }
        boards {
          ...NamedRefFields
        }
        services {
          ...NamedRefFields
        }
        clientGroups {
          ...NamedRefFields
        }
        neighbours {
          key
          name
          type
          sharedTasks
        }
      }
    }
  `,
  NAMED_REF_FIELDS,
);

export interface OrganisationDetails {
  key: string;
  name: string;
  description: string | null;
  aliases: string[] | null;
  authority: string | null;
}

export const ORGANISATION_DETAILS_QUERY: TypedDocumentNode<
  { organisations: OrganisationDetails[] },
  { key: string }
> = gql`
  query OrganisationDetails($key: String!) {
    organisations(where: { key: { eq: $key } }) {
      key
      name
      description
      aliases
      authority
    }
  }
`;

export const SET_TASK_STATUS_MUTATION: TypedDocumentNode<
  { setTaskStatus: { key: string; title: string; status: string; notes: string | null } },
  { key: string; status: string; notes?: string | null }
> = gql`
  mutation SetTaskStatus($key: String!, $status: TaskStatus!, $notes: String) {
    setTaskStatus(key: $key, status: $status, notes: $notes) {
      key
      title
      status
      notes
    }
  }
`;

export const UPDATE_ORGANISATION_MUTATION: TypedDocumentNode<
  { updateOrganisations: { organisations: OrganisationDetails[] } },
  { key: string; description: string | null; aliases: string[] }
> = gql`
  mutation UpdateOrganisation($key: String!, $description: String, $aliases: [String!]) {
    updateOrganisations(
      where: { key: { eq: $key } }
      update: { description: { set: $description }, aliases: { set: $aliases } }
    ) {
      organisations {
        key
        name
        description
        aliases
        authority
      }
    }
  }
`;
