// Pathways that end without a move-on.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS } from '../parameters.js';
import { list } from '../wording.js';

export const pathwayDeadEnd = cypherRule<
  RuleRow & { name: string; lastStep: string; steps: string[]; groups: string[] }
>(
  {
    id: 'pathway-dead-end',
    title: 'Pathway with no onward step',
    severity: 'medium',
    category: 'gap',
    explanation:
      'A route that stops at assessment, prevention or temporary accommodation leaves people waiting there: the missing next step is where provision is needed.',
    parameters: [PARAMETERS.moveOnPattern, PARAMETERS.clientGroup, PARAMETERS.authority],
  },
  (r) =>
    `The ${r.name} pathway${r.groups.length > 0 ? ` for ${list(r.groups)}` : ''} ` +
    `ends at ${r.lastStep}${r.steps.length > 1 ? ` (${r.steps.join(' → ')})` : ''} with no onward step or move-on: people have nowhere recorded to go next.`,
);
