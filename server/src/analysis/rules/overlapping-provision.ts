// Several services, or funding streams, for the same client group and purpose.
import type { Rule } from '../rule.js';
import { evidenceOf, queryRule } from '../rule.js';
import { PARAMETERS } from '../parameters.js';
import { indexTexts } from '../text-similarity.js';
import { comparablePairs, councilOfKey } from '../council-pairs.js';
import { inNetwork, readCouncilNetwork, withinCouncilNetwork } from '../council-network.js';
import { list } from '../wording.js';

interface Row {
  key: string;
  label: 'Service' | 'FundingStream';
  name: string;
  description: string;
  groups: string[];
  groupNames: { key: string; name: string }[];
  groupEvidence: {
    group: string;
    description?: string;
    source: string | null;
    locator: string | null;
  }[];
  links: string[];
}

// With a council, the pairs in its network (council-network.ts): the text index keeps every
// service, so a pair scores the same whichever council is chosen.
export const overlappingProvision: Rule = withinCouncilNetwork({
  id: 'overlapping-provision',
  title: 'Overlapping provision',
  severity: 'medium',
  category: 'duplication',
  explanation:
    'Several schemes or pots of money for the same people and purpose need co-ordinating, or one of them is duplication.',
  parameters: [PARAMETERS.similarityThreshold, PARAMETERS.clientGroup, PARAMETERS.authority],
  async run(context) {
    const [items, network] = await Promise.all([
      queryRule<Row>(context, 'overlapping-provision'),
      readCouncilNetwork(context),
    ]);
    const nameOf = new Map(items.flatMap((item) => item.groupNames.map((g) => [g.key, g.name])));
    const index = indexTexts(items.map((s) => `${s.name}. ${s.description}`));
    const found = [];
    // One council's services among themselves and against the shared ones (national schemes
    // and every funding stream): two councils each running a night shelter is not duplication.
    // With a council, the pairs of its network's items (the index still holds every item).
    const compared = items.flatMap((item, i) => (inNetwork(network, item.key) ? [i] : []));
    for (const [x, y] of comparablePairs(compared, (i) => councilOfKey(items[i]?.key ?? ''))) {
      const i = compared[x] as number;
      const j = compared[y] as number;
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.label !== b.label) continue;
      const shared = a.groups.filter((g) => b.groups.includes(g));
      const focus = context.params.clientGroup;
      if (shared.length === 0 || (focus && !shared.includes(focus))) continue;
      // Stages of one route, or one naming the other, are not overlaps.
      if (
        a.links.some((l) => b.links.includes(l)) ||
        a.links.includes(b.key) ||
        b.links.includes(a.key)
      ) {
        continue;
      }
      const score = index.similarity(i, j);
      if (score < context.params.similarityThreshold) continue;
      const groups = list(shared.map((g) => nameOf.get(g) ?? g));
      const kind = a.label === 'Service' ? 'services' : 'funding streams';
      found.push({
        nodes: [
          ...[a, b].map((x) => ({ key: x.key, label: x.label, name: x.name })),
          ...shared.map((g) => ({ key: g, label: 'ClientGroup', name: nameOf.get(g) ?? g })),
        ],
        sentence: `${a.name} and ${b.name} are two ${kind} for ${groups} with much the same purpose (similarity ${score.toFixed(2)}): co-ordinate them, or one is duplication.`,
        evidence: [
          ...[a, b].map((x) => ({
            kind: 'node' as const,
            description: `${x.label === 'Service' ? 'Service' : 'Funding stream'} "${x.name}": ${x.description}`,
          })),
          ...[a, b].flatMap((x) =>
            x.groupEvidence
              .filter((e) => shared.includes(e.group))
              .map((e) =>
                evidenceOf(
                  'relationship',
                  `${x.name} ${e.description ?? `SERVES ${nameOf.get(e.group) ?? e.group}`}`,
                  e.source,
                  e.locator,
                ),
              ),
          ),
        ],
      });
    }
    return found;
  },
});
