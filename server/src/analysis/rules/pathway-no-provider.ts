// Pathways nobody is recorded as providing.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS } from '../parameters.js';
import { list } from '../wording.js';

export const pathwayNoProvider = cypherRule<
  RuleRow & { name: string; steps: string[]; groups: string[] }
>(
  {
    id: 'pathway-no-provider',
    title: 'Pathway nobody provides',
    severity: 'medium',
    category: 'gap',
    explanation:
      'A route nobody is recorded as providing is an idea, not provision: nobody can be asked to run it or held to account for it.',
    parameters: [PARAMETERS.clientGroup, PARAMETERS.authority],
  },
  (r) =>
    `Nobody is recorded as providing any step of the ${r.name}` +
    `${r.groups.length > 0 ? ` for ${list(r.groups)}` : ''} (${r.steps.join(' → ')}): it is an idea, not provision yet.`,
);
