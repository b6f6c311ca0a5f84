// Services people rely on with no funding stream recorded.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { withinCouncilNetwork } from '../council-network.js';
import { list } from '../wording.js';

// With a council, the services in its network (council-network.ts) that the query keeps.
export const unfundedService = withinCouncilNetwork(
  cypherRule<RuleRow & { name: string; groups: string[]; providers: string[] }>(
    {
      id: 'unfunded-service',
      title: 'Service with no funding stream',
      severity: 'medium',
      category: 'risk',
      explanation:
        'Provision with no known funding is a sustainability risk, and a bid must say how a service is paid for today.',
      parameters: SCOPE,
    },
    (r) =>
      `No funding stream is recorded for ${r.name}` +
      (r.groups.length > 0 ? `, which serves ${list(r.groups)}` : '') +
      (r.providers.length > 0 ? ` (provided by ${list(r.providers)})` : '') +
      ': how it is paid for, and for how long, is not known.',
  ),
);
