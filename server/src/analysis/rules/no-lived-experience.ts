// Tasks decided without people with lived experience.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { quote } from '../wording.js';

export const noLivedExperience = cypherRule<
  RuleRow & { title: string; row: number | null; onlyInformed: boolean }
>(
  {
    id: 'no-lived-experience',
    title: 'People with lived experience not consulted',
    severity: 'medium',
    category: 'gap',
    explanation:
      "Worcester Cares commits to involving people with lived experience in developing the system; a task decided without them breaks the alliance's own principle.",
    parameters: SCOPE,
  },
  (r) =>
    `People with lived experience are not consulted on ${quote(r.title)}${r.row ? ` (row ${r.row})` : ''}` +
    (r.onlyInformed ? ': they are only Informed.' : '.'),
);
