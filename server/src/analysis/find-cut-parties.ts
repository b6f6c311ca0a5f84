// The network analysis behind single-point-of-failure: an undirected graph of tasks, pathways,
// parties, services and service areas. A party is a single point of failure when removing it
// leaves some task or pathway in a part of the network without a board it could reach before.
// Only a cut vertex (articulation point) can do that, so one depth-first search finds them all
// (Hopcroft and Tarjan), in time linear in the size of the network: the parts a cut party
// leaves behind are the DFS subtrees of its children that cannot climb above it, plus the rest
// of its component. The search is iterative, so a long chain cannot overflow the stack.
// Betweenness centrality (all shortest paths, at least nodes × edges) is no longer computed: it
// grew with the square of the country. A cut party is ranked instead by how many nodes it alone
// holds to the rest of its part of the network, which the same search gives for free.

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
  /**
   * Nodes that removing the party splits off from the largest part left of its connected
   * component: what hangs on it alone.
   */
  splitOff: number;
  /** Nodes of the party's connected component, itself included. */
  componentSize: number;
}

/** Tasks and pathways: the work a board oversees. */
export const isWork = (node: NetworkNode) => node.label === 'Task' || node.label === 'Pathway';

/** The network as arrays: nodes in order of first appearance, parallel edges and loops dropped. */
export interface IndexedNetwork {
  nodes: NetworkNode[];
  /** Compressed adjacency: the neighbours of node i are neighbours[offsets[i]] .. [offsets[i + 1]). */
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function indexNetwork(edges: readonly NetworkEdge[]): IndexedNetwork {
  const index = new Map<string, number>();
  const nodes: NetworkNode[] = [];
  const indexOf = (node: NetworkNode) => {
    let i = index.get(node.key);
    if (i === undefined) {
      i = nodes.length;
      index.set(node.key, i);
      nodes.push(node);
    }
    return i;
  };
  const pairs: number[] = [];
  for (const edge of edges) {
    if (edge.from.key === edge.to.key) continue;
    pairs.push(indexOf(edge.from), indexOf(edge.to));
  }
  const n = nodes.length;
  const seen = new Set<number>();
  const degree = new Int32Array(n + 1);
  const unique: number[] = [];
  for (let e = 0; e < pairs.length; e += 2) {
    const a = pairs[e] as number;
    const b = pairs[e + 1] as number;
    const id = a < b ? a * n + b : b * n + a;
    if (seen.has(id)) continue;
    seen.add(id);
    unique.push(a, b);
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i] ?? 0) + (degree[i] ?? 0);
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(unique.length);
  for (let e = 0; e < unique.length; e += 2) {
    const a = unique[e] as number;
    const b = unique[e + 1] as number;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { nodes, offsets, neighbours };
}

/** Depth-first search of every component: pre-order, low points, parents and subtree sizes. */
interface Search {
  /** Pre-order position of each node. */
  disc: Int32Array;
  /** Lowest pre-order position reachable from the node's subtree by one back edge. */
  low: Int32Array;
  parent: Int32Array;
  /** Nodes in each node's DFS subtree (itself included). */
  size: Int32Array;
  /** The root of each node's component. */
  root: Int32Array;
  /** Nodes by pre-order position. */
  order: Int32Array;
}

function depthFirst({ nodes, offsets, neighbours }: IndexedNetwork): Search {
  const n = nodes.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const root = new Int32Array(n);
  const order = new Int32Array(n);
  const next = offsets.slice(0, n); // the next neighbour to look at, per node
  const stack = new Int32Array(n);
  let time = 0;
  for (let start = 0; start < n; start += 1) {
    if (disc[start] !== -1) continue;
    let top = 0;
    stack[0] = start;
    disc[start] = low[start] = time;
    order[time++] = start;
    root[start] = start;
    while (top >= 0) {
      const v = stack[top] as number;
      const cursor = next[v] as number;
      if (cursor < (offsets[v + 1] as number)) {
        next[v] = cursor + 1;
        const w = neighbours[cursor] as number;
        if (disc[w] === -1) {
          parent[w] = v;
          root[w] = start;
          disc[w] = low[w] = time;
          order[time++] = w;
          stack[++top] = w;
        } else if (w !== parent[v] && (disc[w] as number) < (low[v] as number)) {
          low[v] = disc[w] as number;
        }
      } else {
        top -= 1;
        const p = parent[v] as number;
        if (p !== -1) {
          if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
          size[p] = (size[p] as number) + (size[v] as number);
        }
      }
    }
  }
  return { disc, low, parent, size, root, order };
}

/** A part of a component left when a cut party is removed: DFS ranges of pre-order positions. */
interface Piece {
  ranges: [number, number][];
  boards: number;
  work: number;
  size: number;
}

/**
 * Every party whose removal separates some task or pathway from a board it could reach: the
 * party is the only link between that work and that board.
 */
/** `work` says which nodes count as work (by default every task and pathway in the network). */
export function findCutParties(
  edges: readonly NetworkEdge[],
  work: (node: NetworkNode) => boolean = isWork,
): CutParty[] {
  const network = indexNetwork(edges);
  const { nodes, offsets, neighbours } = network;
  const n = nodes.length;
  if (n === 0) return [];
  const { disc, low, parent, size, root, order } = depthFirst(network);
  // Boards and work up to each pre-order position, so a subtree's count is one subtraction.
  // boardAt lists the boards by pre-order position, so the boards of a range [from, to) are
  // boardAt[boardsBefore[from]] .. boardAt[boardsBefore[to]) (the same for work).
  const boardsBefore = new Int32Array(n + 1);
  const workBefore = new Int32Array(n + 1);
  const boardAt: NetworkNode[] = [];
  const workAt: NetworkNode[] = [];
  for (let i = 0; i < n; i += 1) {
    const node = nodes[order[i] as number] as NetworkNode;
    if (node.label === 'Board') boardAt.push(node);
    if (work(node)) workAt.push(node);
    boardsBefore[i + 1] = boardAt.length;
    workBefore[i + 1] = workAt.length;
  }
  const countIn = (prefix: Int32Array, [from, to]: [number, number]) =>
    (prefix[to] as number) - (prefix[from] as number);
  const subtree = (v: number): [number, number] => [
    disc[v] as number,
    (disc[v] as number) + (size[v] as number),
  ];

  const found: { cut: Omit<CutParty, 'edges'>; at: number }[] = [];
  for (let v = 0; v < n; v += 1) {
    const party = nodes[v] as NetworkNode;
    if (!party.party) continue;
    const component = subtree(root[v] as number);
    const ownBoard = party.label === 'Board' ? 1 : 0;
    const boards = countIn(boardsBefore, component) - ownBoard;
    if (boards === 0 || countIn(workBefore, component) === 0) continue;
    // The children whose subtrees cannot climb above v become parts of their own.
    const pieces: Piece[] = [];
    const stayWithRest: [number, number][] = [];
    for (let k = offsets[v] as number; k < (offsets[v + 1] as number); k += 1) {
      const c = neighbours[k] as number;
      if (parent[c] !== v) continue;
      const range = subtree(c);
      if ((low[c] as number) >= (disc[v] as number)) {
        pieces.push({
          ranges: [range],
          boards: countIn(boardsBefore, range),
          work: countIn(workBefore, range),
          size: size[c] as number,
        });
      } else {
        stayWithRest.push(range);
      }
    }
    if (parent[v] !== -1) {
      // The rest: the component outside v's subtree, with the children that climb above v.
      const own = subtree(v);
      const ranges: [number, number][] = [
        [component[0], own[0]],
        [own[1], component[1]],
        ...stayWithRest,
      ];
      const separated = pieces.reduce(
        (sum, p) => ({
          boards: sum.boards + p.boards,
          work: sum.work + p.work,
          size: sum.size + p.size,
        }),
        { boards: 0, work: 0, size: 0 },
      );
      pieces.push({
        ranges,
        boards: boards - separated.boards,
        work: countIn(workBefore, component) - separated.work,
        size: component[1] - component[0] - 1 - separated.size,
      });
    }
    if (pieces.length < 2) continue;
    const withWork = pieces.filter((p) => p.work > 0).length;
    const cutOff: NetworkNode[] = [];
    const leftWithNoBoard: NetworkNode[] = [];
    const boardsLost: NetworkNode[] = [];
    for (const piece of pieces) {
      const outside = boards - piece.boards;
      const workHere = piece.work > 0 && outside > 0;
      // A board here is lost when work in another piece could reach it before.
      const boardsHereLost = piece.boards > 0 && withWork - (piece.work > 0 ? 1 : 0) > 0;
      if (!workHere && !boardsHereLost) continue;
      for (const [from, to] of piece.ranges) {
        if (workHere) {
          for (let i = workBefore[from] as number; i < (workBefore[to] as number); i += 1) {
            cutOff.push(workAt[i] as NetworkNode);
            if (piece.boards === 0) leftWithNoBoard.push(workAt[i] as NetworkNode);
          }
        }
        if (boardsHereLost) {
          for (let i = boardsBefore[from] as number; i < (boardsBefore[to] as number); i += 1) {
            boardsLost.push(boardAt[i] as NetworkNode);
          }
        }
      }
    }
    if (boardsLost.length === 0) continue;
    const largest = pieces.reduce((most, p) => Math.max(most, p.size), 0);
    const byKey = (a: NetworkNode, b: NetworkNode) =>
      a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
    found.push({
      at: v,
      cut: {
        party,
        boardsLost: boardsLost.sort(byKey),
        cutOff: cutOff.sort(byKey),
        leftWithNoBoard: leftWithNoBoard.sort(byKey),
        splitOff: component[1] - component[0] - 1 - largest,
        componentSize: component[1] - component[0],
      },
    });
  }
  // Each cut party's own edges, in one pass over the edges.
  const own = new Map(found.map(({ cut }) => [cut.party.key, [] as NetworkEdge[]]));
  for (const edge of edges) {
    own.get(edge.from.key)?.push(edge);
    if (edge.to.key !== edge.from.key) own.get(edge.to.key)?.push(edge);
  }
  return found
    .map(({ cut }) => ({ ...cut, edges: own.get(cut.party.key) ?? [] }))
    .sort(
      (a, b) =>
        b.leftWithNoBoard.length - a.leftWithNoBoard.length ||
        b.cutOff.length - a.cutOff.length ||
        b.splitOff - a.splitOff,
    );
}
