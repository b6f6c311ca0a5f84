// One party Accountable for most of the plan.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';

export const concentratedAccountability = cypherRule<
  RuleRow & { name: string; count: number; total: number }
>(
  {
    id: 'concentrated-accountability',
    title: 'Accountability concentrated on one party',
    severity: 'medium',
    category: 'risk',
    explanation:
      'One post answering for most of the plan means that if it is vacant or stretched the plan has no owner.',
    parameters: [PARAMETERS.accountableShare, ...SCOPE],
  },
  (r) =>
    `${r.name} is Accountable for ${r.count} of the ${r.total} tasks (${Math.round((100 * r.count) / r.total)}%): one post answers for most of the plan.`,
);
