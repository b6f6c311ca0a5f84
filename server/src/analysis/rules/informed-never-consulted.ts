// Parties only ever Informed.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { count, rows } from '../wording.js';

export const informedNeverConsulted = cypherRule<
  RuleRow & { name: string; count: number; rows: number[] }
>(
  {
    id: 'informed-never-consulted',
    title: 'Party only ever Informed',
    severity: 'low',
    category: 'gap',
    explanation:
      'A party only told what was decided has no voice in the work: right for some boards, a missed contribution for a partner.',
    parameters: SCOPE,
  },
  (r) => {
    const where = rows(r.rows);
    return `${r.name} is Informed of ${count(r.count, 'task')}${where ? ` (${where})` : ''} but is never Responsible, Accountable or Consulted: it has no voice in the work.`;
  },
);
