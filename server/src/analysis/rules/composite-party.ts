// A party whose name lists other parties.
import type { Rule } from '../rule.js';
import { queryRule } from '../rule.js';
import { compositeResolver, type NamedNode } from '../find-alias-duplicates.js';
import { cleanLocator, count, letterName, list, rows } from '../wording.js';

interface Row extends NamedNode {
  letters: {
    type: string;
    row: number | null;
    title: string;
    source: string | null;
    locator: string | null;
  }[];
}

export const compositeParty: Rule = {
  id: 'composite-party',
  title: 'Several parties entered as one',
  severity: 'medium',
  category: 'data-quality',
  explanation:
    "The letters given to a list of bodies belong to each of them; as one party they count for nobody, and each body's own view misses the task.",
  parameters: [],
  async run(context) {
    const parties = await queryRule<Row>(context, 'composite-party');
    const resolve = compositeResolver(parties);
    return parties.flatMap((party) => {
      const listed = resolve(party);
      if (!listed) return [];
      const letterRows = rows(party.letters.map((l) => l.row));
      return [
        {
          nodes: [party, ...listed].map(({ key, label, name }) => ({ key, label, name })),
          sentence:
            `The party "${party.name}"${letterRows ? ` (${letterRows})` : ''} lists ${count(listed.length, 'party', 'parties')} the graph already has, ` +
            `${list(listed.map((p) => p.name))}: its letters belong to each of them, and none of them shows the task.`,
          evidence: [
            ...(party.from ?? []).map((f) => ({
              kind: 'node' as const,
              description: `Party "${party.name}"`,
              ...(f.source ? { source: f.source } : {}),
              ...(cleanLocator(f.locator) ? { locator: cleanLocator(f.locator) } : {}),
            })),
            ...party.letters.map((l) => ({
              kind: 'relationship' as const,
              description: `${party.name} is ${letterName(l.type)} on row ${l.row ?? '?'}: "${l.title}"`,
              ...(l.source ? { source: l.source } : {}),
              ...(cleanLocator(l.locator) ? { locator: cleanLocator(l.locator) } : {}),
            })),
            ...listed.map((p) => ({
              kind: 'node' as const,
              description: `${p.label} "${p.name}" (also ${p.aliases.join(', ') || 'no alias'})`,
            })),
          ],
        },
      ];
    });
  },
};
