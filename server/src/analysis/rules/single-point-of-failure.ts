// Parties that are the only link between the plan's work and a board.
import type { Rule } from '../rule.js';
import { queryRule } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { findCutParties, type NetworkEdge, type NetworkNode } from '../find-cut-parties.js';
import { cleanLocator, count, list } from '../wording.js';

/** One edge of the network as the query returns it: flat columns, each end's key, label and name. */
interface Row {
  fromKey: string;
  fromLabel: string;
  fromName: string;
  fromParty: boolean;
  type: string;
  toKey: string;
  toLabel: string;
  toName: string;
  toParty: boolean;
  source: string | null;
  locator: string | null;
}

function toEdges(rows: readonly Row[]): NetworkEdge[] {
  const nodes = new Map<string, NetworkNode>();
  const nodeOf = (key: string, label: string, name: string, party: boolean) => {
    let node = nodes.get(key);
    if (!node) {
      node = { key, label, name, party };
      nodes.set(key, node);
    }
    return node;
  };
  return rows.map((r) => ({
    from: nodeOf(r.fromKey, r.fromLabel, r.fromName, r.fromParty),
    to: nodeOf(r.toKey, r.toLabel, r.toName, r.toParty),
    type: r.type,
    source: r.source,
    locator: r.locator,
  }));
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
    return findCutParties(toEdges(rows)).map((cut) => {
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
