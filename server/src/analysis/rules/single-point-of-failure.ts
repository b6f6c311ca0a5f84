// Parties that are the only link between a council's work and a board.
import type { Rule } from '../rule.js';
import { evidenceOf, queryRule, queryAnalysis } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { councilOfKey } from '../council-pairs.js';
import {
  findCutParties,
  isWork,
  type CutParty,
  type NetworkEdge,
  type NetworkNode,
} from '../find-cut-parties.js';
import { count, list } from '../wording.js';

/** One node of the network as the query returns it, with the keys it links to. */
interface Row {
  key: string;
  label: string;
  party: boolean;
  links: string[];
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

/** The network's edges, one node object per key (names are filled in later, for what is reported). */
function toEdges(rows: readonly Row[]): NetworkEdge[] {
  const nodes = new Map<string, NetworkNode>();
  for (const r of rows)
    nodes.set(r.key, { key: r.key, label: r.label, name: r.key, party: r.party });
  const nodeOf = (key: string) => {
    let node = nodes.get(key);
    if (!node) {
      // A kind of node the query gives no row of (MODEL.md has none): a plain link.
      node = { key, label: 'Node', name: key, party: false };
      nodes.set(key, node);
    }
    return node;
  };
  const edges: NetworkEdge[] = [];
  for (const r of rows) {
    const from = nodeOf(r.key);
    for (const key of r.links) {
      edges.push({ from, to: nodeOf(key), type: 'LINK', source: null, locator: null });
    }
  }
  return edges;
}

/**
 * Each council's network: the edges among its own nodes and shared ones (keys carry the
 * council; a shared node's key has none), with that council's tasks and pathways as the work.
 * An edge between two councils' own nodes belongs to neither. Shared work, if any, is looked at
 * once, in the network of shared nodes alone.
 */
export function councilNetworks(
  edges: readonly NetworkEdge[],
): { council: string | null; edges: NetworkEdge[]; work: (node: NetworkNode) => boolean }[] {
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
    council: council as string | null,
    edges: [...own, ...shared],
    work: (node: NetworkNode) => isWork(node) && councilOf(node) === council,
  }));
  networks.push({
    council: null,
    edges: shared,
    work: (node: NetworkNode) => isWork(node) && councilOf(node) === null,
  });
  return networks;
}

/**
 * Fills in the names of the reported parties and boards and the reported parties' edges, and
 * returns the names of the councils (whose work each cut is about).
 */
async function readDetails(
  context: Parameters<Rule['run']>[0],
  cuts: readonly CutParty[],
  councils: readonly string[],
): Promise<Map<string, string>> {
  const parties = [...new Set(cuts.map((c) => c.party.key))];
  const keys = [
    ...new Set([...parties, ...cuts.flatMap((c) => c.boardsLost.map((b) => b.key)), ...councils]),
  ];
  const details = await queryAnalysis<Details>(context, 'single-point-of-failure/details.cypher', {
    keys,
    withEdges: parties,
  });
  const byKey = new Map(details.map((d) => [d.key, d]));
  for (const cut of cuts) {
    for (const node of [cut.party, ...cut.boardsLost])
      node.name = byKey.get(node.key)?.name ?? node.key;
    // The party's relationships whose other end is in the network searched (the council's),
    // each as written, with its source (in a stable order: by relationship, then the other end).
    const neighbours = new Map(
      cut.edges.map((e) => (e.from.key === cut.party.key ? e.to : e.from)).map((n) => [n.key, n]),
    );
    const written = [...(byKey.get(cut.party.key)?.edges ?? [])].sort(
      (x, y) => x.type.localeCompare(y.type) || x.other.localeCompare(y.other),
    );
    cut.edges = written.flatMap((e) => {
      const other = neighbours.get(e.other);
      if (!other) return [];
      const named = { ...other, name: e.otherName ?? other.key };
      return [
        {
          from: e.outgoing ? cut.party : named,
          to: e.outgoing ? named : cut.party,
          type: e.type,
          source: e.source,
          locator: e.locator,
        },
      ];
    });
  }
  return new Map(councils.map((key) => [key, byKey.get(key)?.name ?? key]));
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
    // With a council asked for, only its network is searched: the query narrows the tasks to its
    // plans, but pathways belong to no plan, so every council's come back.
    const { authority } = context.params;
    const found = councilNetworks(toEdges(rows))
      .filter((network) => authority === null || network.council === authority)
      .flatMap((network) =>
        findCutParties(network.edges, network.work).map((cut) => ({
          cut,
          council: network.council,
        })),
      );
    if (found.length === 0) return [];
    const councilNames = await readDetails(
      context,
      found.map((f) => f.cut),
      [...new Set(found.flatMap((f) => (f.council ? [f.council] : [])))],
    );
    return found.map(({ cut, council }) => {
      // Whose work: the council's, named, when several councils' plans are in the graph.
      const councilName = council ? (councilNames.get(council) ?? council) : null;
      const whose = councilName ? `${councilName}'s` : "the plan's";
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
        nodes: [
          ...[cut.party, ...cut.boardsLost].map(({ key, label, name }) => ({ key, label, name })),
          ...(council && councilName
            ? [{ key: council, label: 'Organisation', name: councilName }]
            : []),
        ],
        severity: none > 0 ? ('high' as const) : ('medium' as const),
        sentence:
          none > 0
            ? `${cut.party.name} is the only link between ${count(none, 'piece')} of ${councilName ? `${councilName}'s ` : ''}work and any board: without it, ${work} lose their line to ${boards} (${centrality}).`
            : `${cut.party.name} is the only link between ${whose} work (${work}) and ${boards}: without it, nothing in ${whose} plan connects to ${cut.boardsLost.length === 1 ? 'that board' : 'those boards'} (${centrality}).`,
        evidence: [
          ...cut.edges.map((e) =>
            evidenceOf(
              'relationship',
              `${e.from.name} ${e.type} ${e.to.name}`,
              e.source,
              e.locator,
            ),
          ),
          {
            kind: 'text' as const,
            description: `Removing ${cut.party.name} from the network of tasks, pathways, parties, services and service areas separates ${work} from ${boards} (a cut vertex of the network, found by depth-first search).`,
          },
        ],
      };
    });
  },
};
