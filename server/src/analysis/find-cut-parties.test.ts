import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import { connectedComponents } from 'graphology-components';
import {
  findCutParties,
  type CutParty,
  type NetworkEdge,
  type NetworkNode,
} from './find-cut-parties.js';
import { createRandom, hashSeed, type Random } from '../generate/random.js';

const node = (
  key: string,
  label: string,
  party = label !== 'Task' && label !== 'Pathway',
): NetworkNode => ({
  key,
  label,
  name: key,
  party,
});
const edge = (from: NetworkNode, to: NetworkNode, type = 'RESPONSIBLE_FOR'): NetworkEdge => ({
  from,
  to,
  type,
  source: 's',
  locator: 'row 1',
});

describe('findCutParties', () => {
  const board = node('board', 'Board');
  const officer = node('officer', 'Role');
  const team = node('team', 'Organisation');
  const task1 = node('t1', 'Task');
  const task2 = node('t2', 'Task');

  it('reports a party whose second task reaches the board only through it', () => {
    const cuts = findCutParties([
      edge(officer, task1),
      edge(board, task1, 'ACCOUNTABLE_FOR'),
      edge(officer, task2),
    ]);
    expect(cuts.map((c) => [c.party.key, c.leftWithNoBoard.map((n) => n.key)])).toEqual([
      ['officer', ['t2']],
    ]);
  });

  it('reports the only party between a task and its board', () => {
    const cuts = findCutParties([edge(officer, task1), edge(officer, board, 'MEMBER_OF')]);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]?.party.key).toBe('officer');
    expect(cuts[0]?.leftWithNoBoard.map((n) => n.key)).toEqual(['t1']);
    expect(cuts[0]?.boardsLost.map((n) => n.key)).toEqual(['board']);
    expect(cuts[0]?.splitOff).toBe(1);
    expect(cuts[0]?.componentSize).toBe(3);
  });

  it('reports nothing when a second party also links the task to the board', () => {
    expect(
      findCutParties([
        edge(officer, task1),
        edge(officer, board, 'MEMBER_OF'),
        edge(team, task1),
        edge(team, board, 'MEMBER_OF'),
      ]),
    ).toEqual([]);
  });

  it('reports nothing when the board itself holds a letter on the task', () => {
    expect(
      findCutParties([
        edge(officer, task1),
        edge(board, task1, 'ACCOUNTABLE_FOR'),
        edge(team, task2),
        edge(board, task2, 'INFORMED_OF'),
      ]),
    ).toEqual([]);
  });

  it('walks a chain of 100,000 parties without overflowing the stack', { timeout: 60_000 }, () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => node(`p${i}`, 'Organisation'));
    const edges = chain.slice(1).map((p, i) => edge(chain[i] as NetworkNode, p, 'MEMBER_OF'));
    edges.push(edge(chain[0] as NetworkNode, board, 'MEMBER_OF'));
    edges.push(edge(chain[chain.length - 1] as NetworkNode, task1));
    const cuts = findCutParties(edges);
    // Every party on the chain is the task's only line to the board.
    expect(cuts).toHaveLength(100_000);
    expect(cuts.every((c) => c.leftWithNoBoard.length === 1)).toBe(true);
  });
});

// The brute force the linear search replaced, kept as the oracle: remove each party in turn and
// recount the connected components of what is left (graphology).
const { UndirectedGraph } = graphology;

function bruteForce(edges: readonly NetworkEdge[]) {
  const graph = new UndirectedGraph<NetworkNode>();
  for (const e of edges) {
    if (e.from.key === e.to.key) continue;
    graph.mergeNode(e.from.key, e.from);
    graph.mergeNode(e.to.key, e.to);
    graph.mergeEdge(e.from.key, e.to.key);
  }
  const isWork = (n: NetworkNode) => n.label === 'Task' || n.label === 'Pathway';
  const componentsOf = (g: typeof graph) => {
    const boardsOf = new Map<string, Set<string>>();
    const componentOf = new Map<string, string[]>();
    for (const component of connectedComponents(g)) {
      const boards = new Set(component.filter((k) => g.getNodeAttribute(k, 'label') === 'Board'));
      for (const k of component) {
        componentOf.set(k, component);
        if (isWork(g.getNodeAttributes(k))) boardsOf.set(k, boards);
      }
    }
    return { boardsOf, componentOf, components: connectedComponents(g) };
  };
  const before = componentsOf(graph);
  const out = new Map<string, Omit<CutParty, 'party' | 'edges'>>();
  graph.forEachNode((key, party) => {
    if (!party.party) return;
    const without = graph.copy();
    without.dropNode(key);
    const after = componentsOf(without);
    const lost = new Set<string>();
    const cutOff: string[] = [];
    const leftWithNoBoard: string[] = [];
    for (const [work, boards] of before.boardsOf) {
      const now = after.boardsOf.get(work) ?? new Set<string>();
      const missing = [...boards].filter((b) => b !== key && !now.has(b));
      if (missing.length === 0) continue;
      for (const b of missing) lost.add(b);
      cutOff.push(work);
      if (now.size === 0) leftWithNoBoard.push(work);
    }
    if (lost.size === 0) return;
    const component = before.componentOf.get(key) ?? [];
    const parts = after.components.filter((c) => c.some((k) => component.includes(k)));
    const largest = Math.max(0, ...parts.map((c) => c.length));
    const toNodes = (keys: Iterable<string>) => [...keys].map((k) => graph.getNodeAttributes(k));
    out.set(key, {
      boardsLost: toNodes(lost),
      cutOff: toNodes(cutOff),
      leftWithNoBoard: toNodes(leftWithNoBoard),
      splitOff: component.length - 1 - largest,
      componentSize: component.length,
    });
  });
  return out;
}

const LABELS = ['Task', 'Task', 'Pathway', 'Board', 'Organisation', 'Role', 'Service'];

/** A random sparse network: a few components, chains, trees and cycles, loops and doubled edges. */
function randomNetwork(random: Random): NetworkEdge[] {
  const nodes = Array.from({ length: random.int(1, 14) }, (_, i) => {
    const label = random.pick(LABELS);
    return node(`${label.toLowerCase()}-${i}`, label, label !== 'Task' && label !== 'Pathway');
  });
  const edges: NetworkEdge[] = [];
  const count = random.int(0, Math.round(nodes.length * random.pick([0.8, 1.2, 1.8])));
  for (let i = 0; i < count; i += 1) {
    const from = random.pick(nodes);
    const to = random.chance(0.05) ? from : random.pick(nodes);
    edges.push(edge(from, to, random.pick(['RESPONSIBLE_FOR', 'MEMBER_OF', 'STEP'])));
    if (random.chance(0.1)) edges.push(edge(to, from, 'MEMBER_OF'));
  }
  return edges;
}

describe('findCutParties against the brute force it replaced', () => {
  const keys = (list: NetworkNode[]) => list.map((n) => n.key).sort();

  it(
    'finds the same cut parties, boards lost, work cut off and parts split off on 2,000 random networks',
    { timeout: 120_000 },
    () => {
      let withCuts = 0;
      for (let run = 0; run < 2000; run += 1) {
        const edges = randomNetwork(createRandom(hashSeed('cut-parties', run)));
        const expected = bruteForce(edges);
        const found = findCutParties(edges);
        const context = `run ${run}: ${edges.map((e) => `${e.from.key}-${e.to.key}`).join(' ')}`;
        expect(found.map((c) => c.party.key).sort(), context).toEqual([...expected.keys()].sort());
        for (const cut of found) {
          const oracle = expected.get(cut.party.key);
          expect(
            {
              boardsLost: keys(cut.boardsLost),
              cutOff: keys(cut.cutOff),
              leftWithNoBoard: keys(cut.leftWithNoBoard),
              splitOff: cut.splitOff,
              componentSize: cut.componentSize,
            },
            `${context}; party ${cut.party.key}`,
          ).toEqual({
            boardsLost: keys(oracle?.boardsLost ?? []),
            cutOff: keys(oracle?.cutOff ?? []),
            leftWithNoBoard: keys(oracle?.leftWithNoBoard ?? []),
            splitOff: oracle?.splitOff,
            componentSize: oracle?.componentSize,
          });
          expect(
            cut.edges.every((e) => e.from.key === cut.party.key || e.to.key === cut.party.key),
          ).toBe(true);
          expect(cut.edges).toHaveLength(
            edges.filter((e) => e.from.key === cut.party.key || e.to.key === cut.party.key).length,
          );
        }
        if (found.length > 0) withCuts += 1;
      }
      // The generator must give the search work to do, not only empty answers.
      expect(withCuts).toBeGreaterThan(200);
    },
  );
});
