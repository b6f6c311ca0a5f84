// Funding streams that pay for no recorded service.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { rows } from '../wording.js';

export const untracedFundingStream = cypherRule<
  RuleRow & { name: string; aliases: string[]; rows: number[] }
>(
  {
    id: 'untraced-funding-stream',
    title: 'Funding stream tied to no service',
    severity: 'medium',
    category: 'risk',
    explanation:
      'Money that cannot be traced to provision cannot be shown to work, nor co-ordinated with other streams for the same people.',
    parameters: SCOPE,
  },
  (r) => {
    const name = r.aliases.length > 0 ? `${r.name} (${r.aliases[0]})` : r.name;
    const named = rows(r.rows);
    return `${name} is named${named ? ` in the plan (${named})` : ''} but pays for no service on record: what it funds cannot be traced.`;
  },
);
