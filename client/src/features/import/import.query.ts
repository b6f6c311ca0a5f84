// The Import view's operations, declared beside it: the plan import (a dry run first, then for
// real) and the councils a plan can belong to.
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ImportIssue {
  row: number | null;
  column: string | null;
  severity: string;
  code: string;
  message: string;
}

export interface ImportTaskChange {
  key: string;
  title: string;
  row: number | null;
  fields: string[];
}

export interface ImportCreated {
  key: string;
  name: string;
  label: string | null;
}

export interface ImportReport {
  file: string;
  format: string;
  layout: string;
  dryRun: boolean;
  changed: boolean;
  authorityKey: string;
  authorityName: string;
  planKey: string;
  planTitle: string;
  rowsRead: number;
  tasksRead: number;
  objectivesRead: number;
  glossaryEntries: number;
  partiesMatched: number;
  partiesCreated: ImportCreated[];
  clientGroupsCreated: ImportCreated[];
  added: ImportTaskChange[];
  updated: ImportTaskChange[];
  removed: ImportTaskChange[];
  unchanged: number;
  issues: ImportIssue[];
}

export interface ImportVariables {
  fileName: string;
  contentBase64: string;
  authority?: string | null;
  title?: string | null;
  dryRun: boolean;
}

export const IMPORT_PLAN_MUTATION: TypedDocumentNode<
  { importPlan: ImportReport },
  ImportVariables
> = gql`
  mutation ImportPlan(
    $fileName: String!
    $contentBase64: String!
    $authority: String
    $title: String
    $dryRun: Boolean!
  ) {
    importPlan(
      fileName: $fileName
      contentBase64: $contentBase64
      authority: $authority
      title: $title
      dryRun: $dryRun
    ) {
      file
      format
      layout
      dryRun
      changed
      authorityKey
      authorityName
      planKey
      planTitle
      rowsRead
      tasksRead
      objectivesRead
      glossaryEntries
      partiesMatched
      partiesCreated {
        key
        name
        label
      }
      clientGroupsCreated {
        key
        name
        label
      }
      added {
        key
        title
        row
        fields
      }
      updated {
        key
        title
        row
        fields
      }
      removed {
        key
        title
        row
        fields
      }
      unchanged
      issues {
        row
        column
        severity
        code
        message
      }
    }
  }
`;

export const COUNCILS_QUERY: TypedDocumentNode<{ organisations: { key: string; name: string }[] }> =
  gql`
    query ImportCouncils {
      organisations(where: { kind: { eq: "council" } }, sort: [{ name: ASC }]) {
        key
        name
      }
    }
  `;
