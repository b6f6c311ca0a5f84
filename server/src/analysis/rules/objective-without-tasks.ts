// Objectives with nothing under them.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS } from '../parameters.js';
import { quote } from '../wording.js';

export const objectiveWithoutTasks = cypherRule<RuleRow & { title: string; plan: string }>(
  {
    id: 'objective-without-tasks',
    title: 'Objective with no tasks',
    severity: 'high',
    category: 'gap',
    explanation: 'An objective nobody is working towards is a promise with no delivery behind it.',
    parameters: [PARAMETERS.authority, PARAMETERS.objective],
  },
  (r) => `The objective ${quote(r.title)} of ${r.plan} has no task under it: nothing delivers it.`,
);
