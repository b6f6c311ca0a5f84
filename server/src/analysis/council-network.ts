// A council's network, for the rules about parties, names and provision when a council is
// chosen: the council and its own nodes (keys carry their council, MODEL.md), and the shared
// ones it is tied to or that no council is tied to. A shared node tied only to other councils
// (another county's partnership, another council itself) is theirs, not this council's.
import type { Driver } from 'neo4j-driver';
import type { Rule, RuleContext } from './rule.js';
import { readShared } from './rule.js';
import { analysisCypher, runQuery } from './query.js';
import { councilOfKey } from './council-pairs.js';

export interface CouncilNetwork {
  authority: string;
  /** The shared keys (other councils' own among them) tied only to other councils. */
  elsewhere: ReadonlySet<string>;
}

/** True when a node is in the council's network; always true without a council (null). */
export function inNetwork(network: CouncilNetwork | null, key: string): boolean {
  if (network === null || key === network.authority) return true;
  const council = councilOfKey(key);
  if (council !== null) return council === network.authority;
  return !network.elsewhere.has(key);
}

/** A council's network (scope/council-network.cypher); `authority` is the council's key. */
export async function fetchCouncilNetwork(
  driver: Driver,
  authority: string,
  database: string | undefined,
): Promise<CouncilNetwork> {
  const [row] = await runQuery<{ elsewhere: string[] }>(
    driver,
    analysisCypher('scope/council-network.cypher'),
    { authority },
    { database },
  );
  return { authority, elsewhere: new Set(row?.elsewhere ?? []) };
}

/** The chosen council's network, read once a run; null when no council is chosen. */
export function readCouncilNetwork(context: RuleContext): Promise<CouncilNetwork | null> {
  const { authority } = context.params;
  if (authority === null) return Promise.resolve(null);
  return readShared(context, 'council-network', () =>
    fetchCouncilNetwork(context.driver, authority, context.database),
  );
}

/**
 * The rule honouring a council by its network: with a council chosen, it keeps the findings
 * all of whose nodes are in that council's network.
 */
export function withinCouncilNetwork(rule: Rule): Rule {
  return {
    ...rule,
    async run(context) {
      const [drafts, network] = await Promise.all([rule.run(context), readCouncilNetwork(context)]);
      if (network === null) return drafts;
      return drafts.filter((d) => d.nodes.every((n) => inNetwork(network, n.key)));
    },
  };
}
