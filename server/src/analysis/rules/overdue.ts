// Tasks past their due date with no completion recorded.
import { evidenceOf, factRule } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import { count, quote } from '../wording.js';

interface Row {
  key: string;
  title: string;
  row: number | null;
  dueRaw: string;
  status: string;
  monthsLate: number;
  source: string | null;
}

export const overdue = factRule<Row>(
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
    nodes: [{ key: r.key, label: 'Task', name: r.title }],
    sentence:
      `${quote(r.title)}${r.row ? ` (row ${r.row})` : ''} was due by ${r.dueRaw.trim()} and is ` +
      `${r.monthsLate < 1 ? 'less than a month' : count(r.monthsLate, 'month')} late; its status is ${r.status.replace(/[-_]/g, ' ')}.`,
    severity: r.monthsLate >= 6 ? 'high' : 'medium',
    evidence: [
      evidenceOf(
        'row',
        `Row ${r.row ?? '?'}: "${r.title}", due "${r.dueRaw}", status ${r.status.replaceAll('_', ' ')}`,
        r.source,
        r.row === null ? null : `row ${r.row}`,
      ),
    ],
  }),
);
