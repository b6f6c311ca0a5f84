// Which nodes lie within N steps of a focus node (edges followed both ways): the Explore view
// keeps those bright and fades everything else.

export interface EdgeEnds {
  source: string;
  target: string;
}

/**
 * The ids of the focus node and every node within `depth` steps of it, plus the ids of the edges
 * between them. Returns null when the focus is not in the graph (nothing should fade then).
 */
export function neighbourhood(options: {
  nodeIds: readonly string[];
  edges: readonly (EdgeEnds & { id: string })[];
  focus: string;
  depth: number;
}): { nodes: Set<string>; edges: Set<string> } | null {
  const { nodeIds, edges, focus, depth } = options;
  if (!nodeIds.includes(focus)) return null;
  const adjacent = new Map<string, string[]>();
  for (const e of edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const inside = new Set(
    edges.filter((e) => seen.has(e.source) && seen.has(e.target)).map((e) => e.id),
  );
  return { nodes: seen, edges: inside };
}
