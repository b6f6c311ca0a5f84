// Members of the alliance or of a board with no part in any plan.
import { cypherRule, type RuleRow } from '../rule.js';
import { PARAMETERS } from '../parameters.js';
import { withinCouncilNetwork } from '../council-network.js';
import { list } from '../wording.js';

// With a council, the members and bodies in its network (council-network.ts).
export const disengagedParty = withinCouncilNetwork(
  cypherRule<RuleRow & { name: string; bodies: string[] }>(
    {
      id: 'disengaged-party',
      title: 'Member with no part in the plan',
      severity: 'low',
      category: 'gap',
      explanation:
        'A member of the alliance or of a board with no RACI letter anywhere is unused capacity, or a sign the plan was written without it.',
      parameters: [PARAMETERS.authority],
    },
    (r) =>
      `${r.name} is a member of ${list(r.bodies)} but holds no letter on any task: capacity the plan does not use.`,
  ),
);
