// Synthetic graphs of the product's shape for the client benchmark: many councils' action plans
// with their tasks, measures and objectives, parties holding RACI letters (a few busy ones, many
// with one or two tasks), client groups, services and boards, in the API's GraphView form.
import type { GraphEdge, GraphNode, GraphView } from '../graph/graph-view';

/** Share of the nodes of each type, roughly as in thirty generated authorities. */
const NODE_MIX: readonly [string, number][] = [
  ['Task', 0.36],
  ['Measure', 0.16],
  ['Organisation', 0.12],
  ['Role', 0.07],
  ['Service', 0.07],
  ['Objective', 0.05],
  ['Board', 0.03],
  ['ClientGroup', 0.03],
  ['FundingStream', 0.03],
  ['Plan', 0.02],
  ['ServiceArea', 0.02],
  ['Pathway', 0.02],
  ['Ward', 0.02],
];

const RACI = ['RESPONSIBLE_FOR', 'ACCOUNTABLE_FOR', 'CONSULTED_ON', 'INFORMED_OF'] as const;
const WORDS = ['housing', 'support', 'rough', 'sleeping', 'prevention', 'tenancy', 'review'];
const STATUSES = ['not-started', 'in-progress', 'done', 'overdue'];

/** A small deterministic random generator (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A graph of about `elements` nodes and edges together (a third nodes, as in the product's
 * graphs), the same for the same seed.
 */
export function syntheticGraph(options: { elements: number; seed?: number }): GraphView {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Preferential choice: low indexes are far likelier, so some parties are hubs.
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(rand() ** 2.5 * list.length)]!;
  const nodeTotal = Math.max(NODE_MIX.length, Math.round(options.elements / 3));
  const edgeTotal = Math.max(0, options.elements - nodeTotal);
  const nodes: GraphNode[] = [];
  const byType = new Map<string, string[]>();
  for (const [type, share] of NODE_MIX) {
    const count = Math.max(1, Math.round(nodeTotal * share));
    const ids: string[] = [];
    for (let i = 0; i < count && nodes.length < nodeTotal; i += 1) {
      const id = `${type.toLowerCase()}:${i}`;
      ids.push(id);
      const words = Array.from({ length: type === 'Task' || type === 'Measure' ? 8 : 3 }, () =>
        pick(WORDS),
      );
      nodes.push({
        id,
        type,
        label: `${type} ${i}: ${words.join(' ')}`,
        status: type === 'Task' ? pick(STATUSES) : null,
        due: type === 'Task' ? `202${Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}` : null,
        authority: `org:council-${i % 30}`,
      });
    }
    byType.set(type, ids);
  }
  const of = (type: string) => byType.get(type) ?? [];
  const parties = [...of('Organisation'), ...of('Role'), ...of('Board')].sort(() => rand() - 0.5);
  const edges: GraphEdge[] = [];
  const add = (source: string | undefined, target: string | undefined, type: string) => {
    if (!source || !target || source === target || edges.length >= edgeTotal) return;
    edges.push({ id: `e${edges.length}`, source, target, type, row: edges.length % 60 });
  };
  // The structure every plan has, then RACI letters until the edge budget is spent.
  of('Objective').forEach((o) => add(o, pick(of('Plan')), 'IN_PLAN'));
  of('Task').forEach((t) => add(t, pick(of('Objective')), 'UNDER'));
  of('Measure').forEach((m) => add(pick(of('Task')), m, 'MEASURED_BY'));
  of('Task').forEach((t) => add(skewed(parties), t, 'RESPONSIBLE_FOR'));
  of('Task').forEach((t) => add(skewed(parties), t, 'ACCOUNTABLE_FOR'));
  of('Service').forEach((s) => add(skewed(of('Organisation')), s, 'PROVIDES'));
  of('Service').forEach((s) => add(s, pick(of('ClientGroup')), 'SERVES'));
  of('Task').forEach((t) => add(t, pick(of('ClientGroup')), 'SERVES'));
  of('Organisation').forEach((o) => add(o, pick(of('Board')), 'MEMBER_OF'));
  while (edges.length < edgeTotal) {
    const before = edges.length;
    add(skewed(parties), pick(of('Task')), pick(RACI));
    if (edges.length === before) break;
  }
  return { nodes, edges, truncated: false };
}
