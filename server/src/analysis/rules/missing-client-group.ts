// Tasks with no client group.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { list, quote } from '../wording.js';

export const missingClientGroup = cypherRule<
  RuleRow & { title: string; row: number | null; named: string[] }
>(
  {
    id: 'missing-client-group',
    title: 'Task with no client group',
    severity: 'medium',
    category: 'gap',
    explanation:
      'A task for nobody in particular cannot be targeted or measured, and drops out of every client-group view.',
    parameters: SCOPE,
  },
  (r) =>
    `${quote(r.title)}${r.row ? ` (row ${r.row})` : ''} names no client group, so it cannot be targeted or measured` +
    (r.named.length > 0
      ? `; its text names ${list(r.named)}, who may be the people it is for.`
      : '.'),
);
