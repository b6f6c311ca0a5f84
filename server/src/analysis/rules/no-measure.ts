// Tasks without a measure of success.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { quote } from '../wording.js';

export const noMeasure = cypherRule<RuleRow & { title: string; row: number | null }>(
  {
    id: 'no-measure',
    title: 'Task without a measure of success',
    severity: 'medium',
    category: 'gap',
    explanation: 'Without a measure nobody can show the task made a difference.',
    parameters: SCOPE,
  },
  (r) =>
    `${quote(r.title)}${r.row ? ` (row ${r.row})` : ''} has no measure of success, so its impact cannot be shown.`,
);
