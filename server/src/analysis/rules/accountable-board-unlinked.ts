// A board Accountable for work done by parties not linked to it.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { list, quote } from '../wording.js';

export const accountableBoardUnlinked = cypherRule<
  RuleRow & { title: string; row: number | null; board: string; responsible: string[] }
>(
  {
    id: 'accountable-board-unlinked',
    title: 'Accountable board not linked to the doers',
    severity: 'medium',
    category: 'risk',
    explanation:
      'A board answers for work done by parties that, on record, neither sit on it nor report to it: the line of oversight exists only on paper.',
    parameters: SCOPE,
  },
  (r) =>
    `${r.board} is Accountable for ${quote(r.title, 70)}${r.row ? ` (row ${r.row})` : ''}, but ${list(r.responsible)}, ` +
    `${r.responsible.length === 1 ? 'which does' : 'which do'} the work, ${r.responsible.length === 1 ? 'is' : 'are'} not recorded as members of it or reporting to it.`,
);
