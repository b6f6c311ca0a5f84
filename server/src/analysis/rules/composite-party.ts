// A party whose name lists other parties.
import type { Rule } from '../rule.js';
import { evidenceOf, queryAnalysis } from '../rule.js';
import { readNamedNodes } from './alias-duplicate.js';
import { compositeResolver, type NamedNode } from '../find-alias-duplicates.js';
import { PARAMETERS } from '../parameters.js';
import { inNetwork, readCouncilNetwork, withinCouncilNetwork } from '../council-network.js';
import { count, letterName, list, rows } from '../wording.js';

/** composite-party.cypher's answer for a party found. */
interface Details {
  key: string;
  from: NonNullable<NamedNode['from']>;
  letters: {
    type: string;
    row: number | null;
    title: string;
    source: string | null;
    locator: string | null;
  }[];
}

const PARTY_LABELS = new Set(['Organisation', 'Board', 'Role']);

// With a council, the parties in its network, and the parties they list (council-network.ts).
export const compositeParty: Rule = withinCouncilNetwork({
  id: 'composite-party',
  title: 'Several parties entered as one',
  severity: 'medium',
  category: 'data-quality',
  explanation:
    "The letters given to a list of bodies belong to each of them; as one party they count for nobody, and each body's own view misses the task.",
  parameters: [PARAMETERS.authority],
  async run(context) {
    // Every party's names, in key order (where names repeat, the resolver takes the last); with
    // a council, the parties of its network, so that a list names them.
    const [named, network] = await Promise.all([
      readNamedNodes(context),
      readCouncilNetwork(context),
    ]);
    const parties = named.nodes
      .filter((n) => PARTY_LABELS.has(n.label) && inNetwork(network, n.key))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const resolve = compositeResolver(parties);
    const found = parties.flatMap((party) => {
      const listed = resolve(party);
      return listed ? [{ named: party, listed }] : [];
    });
    if (found.length === 0) return [];
    const details = new Map(
      (
        await queryAnalysis<Details>(context, 'composite-party.cypher', {
          keys: found.map((f) => f.named.key),
        })
      ).map((d) => [d.key, d]),
    );
    return found.flatMap(({ named, listed }) => {
      const party = {
        ...named,
        from: details.get(named.key)?.from ?? [],
        letters: details.get(named.key)?.letters ?? [],
      };
      const letterRows = rows(party.letters.map((l) => l.row));
      return [
        {
          nodes: [party, ...listed].map(({ key, label, name }) => ({ key, label, name })),
          sentence:
            `The party "${party.name}"${letterRows ? ` (${letterRows})` : ''} lists ${count(listed.length, 'party', 'parties')} the graph already has, ` +
            `${list(listed.map((p) => p.name))}: its letters belong to each of them, and none of them shows the task.`,
          evidence: [
            ...(party.from ?? []).map((f) =>
              evidenceOf('node', `Party "${party.name}"`, f.source, f.locator),
            ),
            ...party.letters.map((l) =>
              evidenceOf(
                'relationship',
                `${party.name} is ${letterName(l.type)} on row ${l.row ?? '?'}: "${l.title}"`,
                l.source,
                l.locator,
              ),
            ),
            ...listed.map((p) => ({
              kind: 'node' as const,
              description: `${p.label} "${p.name}" (also ${p.aliases.join(', ') || 'no alias'})`,
            })),
          ],
        },
      ];
    });
  },
});
