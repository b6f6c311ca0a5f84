// Tasks with no Accountable party or with more than one.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { list, quote } from '../wording.js';

interface Row extends RuleRow {
  title: string;
  row: number | null;
  count: number;
  parties: string[];
}

export const raciAccountableCount = cypherRule<Row>(
  {
    id: 'raci-accountable-count',
    title: 'Task without exactly one Accountable party',
    severity: 'medium',
    category: 'risk',
    explanation:
      'RACI wants exactly one Accountable party: with none nobody answers for the task, with two each can leave it to the other.',
    parameters: SCOPE,
  },
  (r) => {
    const where = r.row ? ` (row ${r.row})` : '';
    if (r.count === 0) {
      return {
        sentence: `Nobody is Accountable for ${quote(r.title)}${where}: nobody answers for it.`,
        severity: 'high',
      };
    }
    return `${quote(r.title)}${where} has ${r.count} Accountable parties, ${list(r.parties)}: RACI wants exactly one, or each can leave it to the other.`;
  },
);
