// All custom resolvers, merged for @neo4j/graphql (which adds the generated ones).
import type { TokenSigner } from '../../auth/tokens.js';
import type { LoginLimiter } from '../../auth/login-limiter.js';
import type { GraphQLContext } from '../context.js';
import { requireReader } from '../guards.js';
import { viewResolvers } from './views.js';
import { authResolvers } from './auth.js';
import { writeResolvers } from './writes.js';
import { importResolvers } from './import.js';
import { analysisResolvers } from './analysis.js';

type Resolver = (parent: unknown, args: never, ctx: GraphQLContext, info: unknown) => unknown;

/** Wraps read resolvers so that, with public reading off, they need a signed-in user. */
function guardReads(
  resolvers: Record<string, Resolver>,
  publicRead: boolean,
): Record<string, Resolver> {
  return Object.fromEntries(
    Object.entries(resolvers).map(([name, resolve]) => [
      name,
      (parent: unknown, args: never, ctx: GraphQLContext, info: unknown) => {
        requireReader(ctx, publicRead);
        return resolve(parent, args, ctx, info);
      },
    ]),
  );
}

export function buildResolvers(options: {
  signer: TokenSigner;
  limiter: LoginLimiter;
  publicRead: boolean;
}) {
  const auth = authResolvers(options.signer, options.limiter);
  return {
    Query: {
      ...guardReads(viewResolvers.Query as Record<string, Resolver>, options.publicRead),
      ...guardReads(analysisResolvers.Query as Record<string, Resolver>, options.publicRead),
      ...auth.Query,
      ...writeResolvers.Query,
    },
    Mutation: {
      ...auth.Mutation,
      ...writeResolvers.Mutation,
      ...importResolvers.Mutation,
    },
  };
}
