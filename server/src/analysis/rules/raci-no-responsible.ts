// Tasks nobody is Responsible for.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { quote } from '../wording.js';

export const raciNoResponsible = cypherRule<RuleRow & { title: string; row: number | null }>(
  {
    id: 'raci-no-responsible',
    title: 'Task with no Responsible party',
    severity: 'high',
    category: 'gap',
    explanation: 'Nobody is named to do the task, so nobody will.',
    parameters: SCOPE,
  },
  (r) =>
    `Nobody is Responsible for ${quote(r.title)}${r.row ? ` (row ${r.row})` : ''}: no party is named to do it.`,
);
