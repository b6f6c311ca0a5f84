// Tasks past their due date with no completion recorded.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import { count, quote } from '../wording.js';

interface Row extends RuleRow {
  title: string;
  row: number | null;
  dueRaw: string;
  status: string;
  monthsLate: number;
  deadline: string;
}

export const overdue = cypherRule<Row>(
  {
    id: 'overdue',
    title: 'Overdue task',
    severity: 'medium',
    category: 'risk',
    explanation:
      'The due date has passed and no completion is recorded: the plan has slipped. Six months or more late is high.',
    parameters: [PARAMETERS.today, ...SCOPE],
  },
  (r) => ({
    sentence:
      `${quote(r.title)}${r.row ? ` (row ${r.row})` : ''} was due by ${r.dueRaw.trim()} and is ` +
      `${r.monthsLate < 1 ? 'less than a month' : count(r.monthsLate, 'month')} late; its status is ${r.status.replace(/[-_]/g, ' ')}.`,
    severity: r.monthsLate >= 6 ? 'high' : 'medium',
  }),
);
