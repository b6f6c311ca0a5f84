// The GraphQL operations of the Explore view, declared beside it: the graph itself, the options
// for its filters, and search with suggestions.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { withFragments } from '../../shared/with-fragments';
import { GRAPH_VIEW_FIELDS } from '../../graph/graph-view.fragment';
import type { GraphFilter, GraphView } from '../../graph/graph-view';

export const GRAPH_QUERY: TypedDocumentNode<{ graph: GraphView }, { filter: GraphFilter }> =
  withFragments(
    gql`
      query ExploreGraph($filter: GraphFilter) {
        graph(filter: $filter) {
          ...GraphViewFields
        }
      }
    `,
    GRAPH_VIEW_FIELDS,
  );

export interface Named {
  key: string;
  name: string;
}

export interface FilterOptions {
  clientGroups: Named[];
  objectives: { key: string; title: string }[];
}

export const FILTER_OPTIONS_QUERY: TypedDocumentNode<FilterOptions> = gql`
  query ExploreFilterOptions {
    clientGroups(sort: [{ name: ASC }]) {
      key
      name
    }
    objectives(sort: [{ order: ASC }]) {
      key
      title
    }
  }
`;

export interface SearchHit {
  key: string;
  type: string;
  name: string;
  matched: string | null;
  score: number;
}

export const SEARCH_QUERY: TypedDocumentNode<
  { search: SearchHit[] },
  { text: string; limit?: number }
> = gql`
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      key
      type
      name
      matched
      score
    }
  }
`;
