// The Gaps and duplication view's query, declared beside it: every finding with its rule,
// sentence, nodes and evidence, and the rule catalogue.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { withFragments } from '../../shared/with-fragments';
import { GRAPH_VIEW_FIELDS } from '../../graph/graph-view.fragment';
import type { GraphFilter, GraphView } from '../../graph/graph-view';

export interface AnalysisRule {
  id: string;
  title: string;
  severity: string;
  category: string;
  explanation: string;
}

export interface FindingNode {
  key: string;
  label: string;
  name: string;
}

export interface FindingEvidence {
  kind: string;
  description: string;
  source: string | null;
  locator: string | null;
}

export interface Finding {
  id: string;
  ruleId: string;
  severity: string;
  title: string;
  sentence: string;
  nodes: FindingNode[];
  evidence: FindingEvidence[];
}

export interface AnalysisInput {
  today?: string;
  authority?: string;
  clientGroup?: string;
  objective?: string;
}

export const ANALYSIS_QUERY: TypedDocumentNode<
  { analysis: { findings: Finding[]; rules: AnalysisRule[] } },
  { input: AnalysisInput }
> = gql`
  query Analysis($input: AnalysisInput) {
    analysis(input: $input) {
      rules {
        id
        title
        severity
        category
        explanation
      }
      findings {
        id
        ruleId
        severity
        title
        sentence
        nodes {
          key
          label
          name
        }
        evidence {
          kind
          description
          source
          locator
        }
      }
    }
  }
`;

/** The system graph the findings are drawn on (the same answer as Explore's, unfiltered). */
export const FINDINGS_GRAPH_QUERY: TypedDocumentNode<
  { graph: GraphView },
  { filter: GraphFilter }
> = withFragments(
  gql`
    query FindingsGraph($filter: GraphFilter) {
      graph(filter: $filter) {
        ...GraphViewFields
      }
    }
  `,
  GRAPH_VIEW_FIELDS,
);

/**
 * Whether the graph holds more than one plan (a national or county deployment): two plans are
 * enough to know, so at most two are read.
 */
export const FINDINGS_PLANS_QUERY: TypedDocumentNode<{ plans: { key: string }[] }> = gql`
  query FindingsPlans {
    plans(limit: 2) {
      key
    }
  }
`;
