// What every resolver receives: the database to use and who is asking. The JWT is verified
// here (not by @neo4j/graphql) so that custom resolvers and the generated ones see the same user.
import type { Driver } from 'neo4j-driver';
import type { TokenClaims } from '../auth/tokens.js';

export interface AppContext {
  driver: Driver;
  database: string | undefined;
  /** The verified token's claims, or undefined for an anonymous request. */
  user: TokenClaims | undefined;
  /** The caller's IP address, for the login rate limit. */
  clientAddress: string;
}

/**
 * The context handed to Apollo: @neo4j/graphql reads `jwt`, `sessionConfig` and
 * `executionContext` (what its statements run through: set for queries by
 * auto-commit-reads-plugin.ts, the driver otherwise), our resolvers read `app`.
 */
export interface GraphQLContext {
  app: AppContext;
  jwt?: TokenClaims;
  sessionConfig?: { database?: string };
  executionContext?: unknown;
}
