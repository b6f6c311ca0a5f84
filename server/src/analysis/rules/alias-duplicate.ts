// Two nodes that are probably one (find-alias-duplicates.ts does the comparing).
import type { Rule, RuleContext } from '../rule.js';
import { evidenceOf, queryRule, readShared, queryAnalysis } from '../rule.js';
import {
  findAliasDuplicates,
  type Council,
  type Glossary,
  type NamedNode,
} from '../find-alias-duplicates.js';
import { PARAMETERS } from '../parameters.js';
import { inNetwork, readCouncilNetwork, withinCouncilNetwork } from '../council-network.js';
import { list } from '../wording.js';

export interface NamedNodesRow {
  nodes: (NamedNode & { kind: string | null })[];
  glossaries: Glossary[];
  councils: Council[];
}

/** Every party, service, funding stream and client group by name, with the plans' glossaries
 * and the councils' names (alias-duplicate.cypher and alias-duplicate/): read once a run,
 * composite-party uses it too. */
export async function readNamedNodes(context: RuleContext): Promise<NamedNodesRow> {
  return readShared(context, 'named-nodes', async () => {
    const [nodes, glossaries, councils] = await Promise.all([
      queryRule<NamedNodesRow['nodes'][number]>(context, 'alias-duplicate'),
      queryAnalysis<Glossary>(context, 'alias-duplicate/glossaries.cypher', {}),
      queryAnalysis<Council>(context, 'alias-duplicate/councils.cypher', {}),
    ]);
    return { nodes, glossaries, councils };
  });
}

/** details.cypher's answer for one pair found. */
interface PairDetails {
  a: string;
  b: string;
  linked: boolean;
  aFrom: NonNullable<NamedNode['from']>;
  bFrom: NonNullable<NamedNode['from']>;
}

const KIND: Record<string, string> = {
  Organisation: 'the organisation',
  Board: 'the board',
  Role: 'the post',
  Service: 'the service',
  FundingStream: 'the funding stream',
  ClientGroup: 'the client group',
};

// With a council, the pairs in its network (council-network.ts).
export const aliasDuplicate: Rule = withinCouncilNetwork({
  id: 'alias-duplicate',
  title: 'Probably one, entered twice',
  severity: 'low',
  category: 'data-quality',
  explanation:
    'One body or scheme counted twice splits its letters and hides its real load; a scheme entered as a party gets letters that belong to the service.',
  parameters: [PARAMETERS.authority],
  async run(context) {
    const [read, network] = await Promise.all([
      readNamedNodes(context),
      readCouncilNetwork(context),
    ]);
    // Only the network's nodes compared: its pairs, without reading details for the country's.
    const row = { ...read, nodes: read.nodes.filter((n) => inNetwork(network, n.key)) };
    // Compared first, then linked pairs dropped: the same as leaving them out while comparing,
    // and the links (and sources) are read for a few hundred pairs, not for the whole graph.
    const found = findAliasDuplicates({ ...row, linked: [] });
    if (found.length === 0) return [];
    const details = await queryAnalysis<PairDetails>(context, 'alias-duplicate/details.cypher', {
      pairs: found.map((pair) => ({ a: pair.a.key, b: pair.b.key })),
    });
    const byPair = new Map(details.map((d) => [`${d.a}|${d.b}`, d]));
    const pairs = found.flatMap((pair) => {
      const d = byPair.get(`${pair.a.key}|${pair.b.key}`);
      if (!d || d.linked) return [];
      return [{ ...pair, a: { ...pair.a, from: d.aFrom }, b: { ...pair.b, from: d.bFrom } }];
    });
    return pairs.map((pair) => {
      const sameLabel = pair.a.label === pair.b.label;
      return {
        severity: sameLabel ? ('low' as const) : ('medium' as const),
        nodes: [pair.a, pair.b].map(({ key, label, name }) => ({ key, label, name })),
        sentence:
          `${KIND[pair.a.label] ?? pair.a.label} "${pair.a.name}" and ${KIND[pair.b.label] ?? pair.b.label} "${pair.b.name}" are probably one: ${list(pair.reasons)}.` +
          (sameLabel ? '' : ' One of them is filed under the wrong kind.'),
        evidence: [
          ...[pair.a, pair.b].flatMap((n) =>
            (n.from ?? [])
              .slice(0, 3)
              .map((f) =>
                evidenceOf(
                  'node',
                  `${n.label} "${n.name}"${n.aliases.length ? ` (also ${n.aliases.join(', ')})` : ''}`,
                  f.source,
                  f.locator,
                ),
              ),
          ),
          ...pair.glossary.map((g) =>
            evidenceOf('text', `Glossary: ${g.line}`, g.source, 'glossary'),
          ),
        ],
      };
    });
  },
});
