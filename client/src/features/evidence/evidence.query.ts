// The Evidence pack's operations, declared beside it: the pack in one format, and the plans,
// objectives and client groups to choose a scope from.
import { gql, type TypedDocumentNode } from '@apollo/client';

export type PackScope = 'plan' | 'objective' | 'clientGroup';
export type PackFormat = 'md' | 'csv' | 'html';

export interface PackDocument {
  fileName: string;
  mediaType: string;
  content: string;
}

export interface PackVariables {
  scope: PackScope;
  key?: string | null;
  format: PackFormat;
  today?: string | null;
}

export const EVIDENCE_PACK_QUERY: TypedDocumentNode<{ evidencePack: PackDocument }, PackVariables> =
  gql`
    query EvidencePack(
      $scope: EvidencePackScopeKind!
      $key: String
      $format: EvidencePackFormat!
      $today: String
    ) {
      evidencePack(scope: $scope, key: $key, format: $format, today: $today) {
        fileName
        mediaType
        content
      }
    }
  `;

/** A plan or objective with the council whose plan it is (`by`: the plan's council). */
interface ByCouncil {
  by: { name: string }[];
}

export interface ScopeChoicesData {
  plans: ({ key: string; title: string } & ByCouncil)[];
  objectives: { key: string; title: string; order: number | null; plan: ByCouncil[] }[];
  clientGroups: { key: string; name: string }[];
}

export const SCOPE_CHOICES_QUERY: TypedDocumentNode<ScopeChoicesData> = gql`
  query EvidenceScopes {
    plans(sort: [{ title: ASC }]) {
      key
      title
      by {
        name
      }
    }
    objectives(sort: [{ order: ASC }]) {
      key
      title
      order
      plan {
        by {
          name
        }
      }
    }
    clientGroups(sort: [{ name: ASC }]) {
      key
      name
    }
  }
`;
