// The fields of a GraphView (the API's graph(filter) answer) that graphToElements needs, one
// fragment for every view that asks for a graph, so they never drift apart.
import { gql } from '@apollo/client';

export const GRAPH_VIEW_FIELDS = gql`
  fragment GraphViewFields on GraphView {
    nodes {
      id
      type
      label
      kind
      status
      due
      authority
    }
    edges {
      id
      source
      target
      type
      row
      sourceDocument
    }
    truncated
  }
`;
