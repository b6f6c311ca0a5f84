// The network analysis behind single-point-of-failure, with graphology: an undirected graph of
// tasks, pathways, parties, services and service areas; each party that is not a board is
// removed in turn, and the tasks and pathways that are left in a part of the network with no
// board (while they had one before) are what that party cuts off. Betweenness centrality says
// how much of the network's traffic runs through a party.
import graphology from 'graphology';
import type { UndirectedGraph as Network } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { betweenness as betweennessCentrality } from 'graphology-metrics/centrality/index.js';

// graphology is CommonJS: its default export is the Graph class carrying the other classes.
const { UndirectedGraph } = graphology;

export interface NetworkNode {
  key: string;
  label: string;
  name: string;
  party: boolean;
}

export interface NetworkEdge {
  from: NetworkNode;
  to: NetworkNode;
  type: string;
  source: string | null;
  locator: string | null;
}

export interface CutParty {
  party: NetworkNode;
  /** Boards that some task or pathway could reach before the party was removed and cannot after. */
  boardsLost: NetworkNode[];
  /** Tasks and pathways that lose a board they could reach. */
  cutOff: NetworkNode[];
  /** Tasks and pathways left with no board at all. */
  leftWithNoBoard: NetworkNode[];
  /** The party's own edges in the network. */
  edges: NetworkEdge[];
  /** Normalised betweenness centrality, 0 to 1: the share of shortest paths through the party. */
  betweenness: number;
}

/** Builds the undirected network (parallel edges merged). */
export function buildNetwork(edges: readonly NetworkEdge[]): Network<NetworkNode> {
  const graph = new UndirectedGraph<NetworkNode>({ multi: false, allowSelfLoops: false });
  for (const edge of edges) {
    if (edge.from.key === edge.to.key) continue;
    graph.mergeNode(edge.from.key, edge.from);
    graph.mergeNode(edge.to.key, edge.to);
    graph.mergeEdge(edge.from.key, edge.to.key);
  }
  return graph;
}

const isWork = (node: NetworkNode) => node.label === 'Task' || node.label === 'Pathway';

/** For each task and pathway, the boards in its connected component. */
function boardsByWork(graph: Network<NetworkNode>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const component of connectedComponents(graph)) {
    const boards = new Set(
      component.filter((key) => graph.getNodeAttribute(key, 'label') === 'Board'),
    );
    for (const key of component) {
      if (isWork(graph.getNodeAttributes(key))) out.set(key, boards);
    }
  }
  return out;
}

/**
 * Every party whose removal separates some task or pathway from a board it could reach: the
 * party is the only link between that work and that board.
 */
export function findCutParties(edges: readonly NetworkEdge[]): CutParty[] {
  const graph = buildNetwork(edges);
  if (graph.order === 0) return [];
  const before = boardsByWork(graph);
  const centrality = betweennessCentrality(graph, { normalized: true });
  const found: CutParty[] = [];
  graph.forEachNode((key, party) => {
    if (!party.party) return;
    const without = graph.copy();
    without.dropNode(key);
    const after = boardsByWork(without);
    const lost = new Set<string>();
    const cutOff: NetworkNode[] = [];
    const leftWithNoBoard: NetworkNode[] = [];
    for (const [work, boards] of before) {
      if (work === key) continue;
      const now = after.get(work) ?? new Set<string>();
      const missing = [...boards].filter((board) => board !== key && !now.has(board));
      if (missing.length === 0) continue;
      for (const board of missing) lost.add(board);
      cutOff.push(graph.getNodeAttributes(work));
      if (now.size === 0) leftWithNoBoard.push(graph.getNodeAttributes(work));
    }
    if (lost.size === 0) return;
    const byKey = (a: NetworkNode, b: NetworkNode) =>
      a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
    found.push({
      party,
      boardsLost: [...lost].map((b) => graph.getNodeAttributes(b)).sort(byKey),
      cutOff: cutOff.sort(byKey),
      leftWithNoBoard: leftWithNoBoard.sort(byKey),
      edges: edges.filter((e) => e.from.key === key || e.to.key === key),
      betweenness: centrality[key] ?? 0,
    });
  });
  return found.sort(
    (a, b) =>
      b.leftWithNoBoard.length - a.leftWithNoBoard.length ||
      b.cutOff.length - a.cutOff.length ||
      b.betweenness - a.betweenness,
  );
}
