// The shape of the API's `graph(filter)` answer (views.graphql GraphView), shared by the views
// that draw it (Explore, Gaps and duplication) and by the transform into Cytoscape elements.
import type { RaciLetter } from './edge-types';

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  kind?: string | null;
  status?: string | null;
  due?: string | null;
  authority?: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  row?: number | null;
  sourceDocument?: string | null;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** The GraphQL input GraphFilter. */
export interface GraphFilter {
  types?: string[];
  authority?: string;
  clientGroup?: string;
  objective?: string;
  party?: string;
  raci?: RaciLetter[];
  status?: string[];
  focus?: string;
  depth?: number;
  limit?: number;
}
