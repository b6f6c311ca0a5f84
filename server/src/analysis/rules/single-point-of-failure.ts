// Parties that are the only link between a council's work and a board.
import type { Rule } from '../rule.js';
import { queryRule } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { analysisCypher, runQuery } from '../query.js';
import { councilOfKey } from '../council-pairs.js';
import {
  findCutParties,
  isWork,
  type CutParty,
  type NetworkEdge,
  type NetworkNode,
} from '../find-cut-parties.js';
import { cleanLocator, count, list } from '../wording.js';

/** One edge of the network as the query returns it: each end's key and label, and the type. */
interface Row {
  fromKey: string;
  fromLabel: string;
  fromParty: boolean;
  type: string;
  toKey: string;
  toLabel: string;
  toParty: boolean;
}

/** What details.cypher returns for a reported party or board. */
interface Details {
  key: string;
  name: string;
  edges: {
    outgoing: boolean;
    type: string;
    other: string;
    otherName: string | null;
    source: string | null;
    locator: string | null;
  }[];
}

/** The edges with one node object per key (names are filled in later, for what is reported). */
function toEdges(rows: readonly Row[]): NetworkEdge[] {
  const nodes = new Map<string, NetworkNode>();
  const nodeOf = (key: string, label: string, party: boolean) => {
    let node = nodes.get(key);
    if (!node) {
      node = { key, label, name: key, party };
      nodes.set(key, node);
    }
    return node;
  };
  return rows.map((r) => ({
    from: nodeOf(r.fromKey, r.fromLabel, r.fromParty),
    to: nodeOf(r.toKey, r.toLabel, r.toParty),
    type: r.type,
    source: null,
    locator: null,
  }));
}

/**
 * Each council's network: the edges among its own nodes and shared ones (keys carry the
 * council; a shared node's key has none), with that council's tasks and pathways as the work.
 * An edge between two councils' own nodes belongs to neither. Shared work, if any, is looked at
 * once, in the network of shared nodes alone.
 */
export function councilNetworks(
  edges: readonly NetworkEdge[],
): { edges: NetworkEdge[]; work: (node: NetworkNode) => boolean }[] {
  // Each node's council worked out once (the networks below ask again for every node).
  const councils = new Map<NetworkNode, string | null>();
  const councilOf = (node: NetworkNode) => {
    let council = councils.get(node);
    if (council === undefined) {
      council = councilOfKey(node.key);
      councils.set(node, council);
    }
    return council;
  };
  const shared: NetworkEdge[] = [];
  const byCouncil = new Map<string, NetworkEdge[]>();
  for (const edge of edges) {
    const a = councilOf(edge.from);
    const b = councilOf(edge.to);
    if (a !== null && b !== null && a !== b) continue;
    const council = a ?? b;
    if (council === null) {
      shared.push(edge);
      continue;
    }
    const own = byCouncil.get(council);
    if (own) own.push(edge);
    else byCouncil.set(council, [edge]);
  }
  const networks = [...byCouncil].map(([council, own]) => ({
    edges: [...own, ...shared],
    work: (node: NetworkNode) => isWork(node) && councilOf(node) === council,
  }));
  networks.push({
    edges: shared,
    work: (node: NetworkNode) => isWork(node) && councilOf(node) === null,
  });
  return networks;
}

/** Fills in the names of the reported parties and boards, and the reported parties' edges. */
async function readDetails(
  context: Parameters<Rule['run']>[0],
  cuts: readonly CutParty[],
): Promise<void> {
  const parties = [...new Set(cuts.map((c) => c.party.key))];
  const keys = [...new Set([...parties, ...cuts.flatMap((c) => c.boardsLost.map((b) => b.key))])];
  const details = await runQuery<Details>(
    context.driver,
    analysisCypher('single-point-of-failure/details.cypher'),
    { keys, withEdges: parties },
    { database: context.database },
  );
  const byKey = new Map(details.map((d) => [d.key, d]));
  for (const cut of cuts) {
    for (const node of [cut.party, ...cut.boardsLost])
      node.name = byKey.get(node.key)?.name ?? node.key;
    const written = new Map(
      (byKey.get(cut.party.key)?.edges ?? []).map((e) => [
        e.outgoing ? `${e.type}>${e.other}` : `${e.type}<${e.other}`,
        e,
      ]),
    );
    cut.edges = cut.edges.map((edge) => {
      const outgoing = edge.from.key === cut.party.key;
      const other = outgoing ? edge.to : edge.from;
      const found = written.get(
        outgoing ? `${edge.type}>${other.key}` : `${edge.type}<${other.key}`,
      );
      const named = { ...other, name: found?.otherName ?? other.key };
      return {
        from: outgoing ? cut.party : named,
        to: outgoing ? named : cut.party,
        type: edge.type,
        source: found?.source ?? null,
        locator: found?.locator ?? null,
      };
    });
  }
}

export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  title: 'Single point of failure',
  severity: 'medium',
  category: 'risk',
  explanation:
    'A party that is the only link between a piece of work and a board: if it goes, that work loses its line to the board. Cutting work off from every board is high.',
  parameters: SCOPE,
  async run(context) {
    const rows = await queryRule<Row>(context, 'single-point-of-failure');
    const cuts = councilNetworks(toEdges(rows)).flatMap((network) =>
      findCutParties(network.edges, network.work),
    );
    if (cuts.length === 0) return [];
    await readDetails(context, cuts);
    return cuts.map((cut) => {
      const tasks = cut.cutOff.filter((n) => n.label === 'Task').length;
      const pathways = cut.cutOff.filter((n) => n.label === 'Pathway').length;
      const work = list(
        [tasks ? count(tasks, 'task') : '', pathways ? count(pathways, 'pathway') : ''].filter(
          Boolean,
        ),
      );
      const boards = list(cut.boardsLost.map((b) => b.name));
      const none = cut.leftWithNoBoard.length;
      const centrality = `it alone holds ${count(cut.splitOff, 'node')} of the network to the rest`;
      return {
        nodes: [cut.party, ...cut.boardsLost].map(({ key, label, name }) => ({ key, label, name })),
        severity: none > 0 ? ('high' as const) : ('medium' as const),
        sentence:
          none > 0
            ? `${cut.party.name} is the only link between ${count(none, 'piece')} of work and any board: without it, ${work} lose their line to ${boards} (${centrality}).`
            : `${cut.party.name} is the only link between the plan's work (${work}) and ${boards}: without it, nothing in the plan connects to ${cut.boardsLost.length === 1 ? 'that board' : 'those boards'} (${centrality}).`,
        evidence: [
          ...cut.edges.map((e) => ({
            kind: 'relationship' as const,
            description: `${e.from.name} ${e.type} ${e.to.name}`,
            ...(e.source ? { source: e.source } : {}),
            ...(cleanLocator(e.locator) ? { locator: cleanLocator(e.locator) } : {}),
          })),
          {
            kind: 'text' as const,
            description: `Removing ${cut.party.name} from the network of tasks, pathways, parties, services and service areas separates ${work} from ${boards} (a cut vertex of the network, found by depth-first search).`,
          },
        ],
      };
    });
  },
};
