// Two nodes that are probably one (find-alias-duplicates.ts does the comparing).
import type { Rule } from '../rule.js';
import { queryRule } from '../rule.js';
import {
  findAliasDuplicates,
  type Council,
  type Glossary,
  type NamedNode,
} from '../find-alias-duplicates.js';
import { cleanLocator, list } from '../wording.js';

interface Row {
  nodes: (NamedNode & { kind: string | null })[];
  linked: string[];
  glossaries: Glossary[];
  councils: Council[];
}

const KIND: Record<string, string> = {
  Organisation: 'the organisation',
  Board: 'the board',
  Role: 'the post',
  Service: 'the service',
  FundingStream: 'the funding stream',
  ClientGroup: 'the client group',
};

export const aliasDuplicate: Rule = {
  id: 'alias-duplicate',
  title: 'Probably one, entered twice',
  severity: 'low',
  category: 'data-quality',
  explanation:
    'One body or scheme counted twice splits its letters and hides its real load; a scheme entered as a party gets letters that belong to the service.',
  parameters: [],
  async run(context) {
    const [row] = await queryRule<Row>(context, 'alias-duplicate');
    if (!row) return [];
    return findAliasDuplicates(row).map((pair) => {
      const sameLabel = pair.a.label === pair.b.label;
      return {
        severity: sameLabel ? ('low' as const) : ('medium' as const),
        nodes: [pair.a, pair.b].map(({ key, label, name }) => ({ key, label, name })),
        sentence:
          `${KIND[pair.a.label] ?? pair.a.label} "${pair.a.name}" and ${KIND[pair.b.label] ?? pair.b.label} "${pair.b.name}" are probably one: ${list(pair.reasons)}.` +
          (sameLabel ? '' : ' One of them is filed under the wrong kind.'),
        evidence: [
          ...[pair.a, pair.b].flatMap((n) =>
            (n.from ?? []).slice(0, 3).map((f) => ({
              kind: 'node' as const,
              description: `${n.label} "${n.name}"${n.aliases.length ? ` (also ${n.aliases.join(', ')})` : ''}`,
              ...(f.source ? { source: f.source } : {}),
              ...(cleanLocator(f.locator) ? { locator: cleanLocator(f.locator) } : {}),
            })),
          ),
          ...pair.glossary.map((g) => ({
            kind: 'text' as const,
            description: `Glossary: ${g.line}`,
            ...(g.source ? { source: g.source } : {}),
            locator: 'glossary',
          })),
        ],
      };
    });
  },
};
