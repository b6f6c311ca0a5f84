// login and me: exchanging a password for a token, and saying who is signed in.
import { GraphQLError } from 'graphql';
import { authenticate } from '../../auth/users.js';
import { ROLE_ALLOWS, type Role } from '../../auth/roles.js';
import type { TokenSigner } from '../../auth/tokens.js';
import type { GraphQLContext } from '../context.js';
import type { LoginLimiter } from '../../auth/login-limiter.js';

export function authResolvers(signer: TokenSigner, limiter: LoginLimiter) {
  return {
    Query: {
      me: (_: unknown, __: unknown, ctx: GraphQLContext) => {
        const user = ctx.app.user;
        if (!user) return null;
        const role = (user.roles.includes('admin') ? 'admin' : user.roles[0]) as Role;
        return {
          email: user.sub,
          name: user.name ?? null,
          role,
          organisation: user.organisation ?? null,
          authority: user.authority ?? null,
          allowed: ROLE_ALLOWS[role],
        };
      },
    },
    Mutation: {
      login: async (_: unknown, args: { email: string; password: string }, ctx: GraphQLContext) => {
        const email = args.email.trim().toLowerCase();
        const wait = limiter.check(email, ctx.app.clientAddress);
        if (wait > 0) {
          throw new GraphQLError(
            `Too many failed sign-ins: try again in ${Math.ceil(wait / 1000)} seconds.`,
            {
              extensions: { code: 'TOO_MANY_REQUESTS', http: { status: 429 } },
            },
          );
        }
        const user = await authenticate(ctx.app.driver, email, args.password, ctx.app.database);
        if (!user) {
          limiter.fail(email, ctx.app.clientAddress);
          throw new GraphQLError('The email or password is not right.', {
            extensions: { code: 'UNAUTHENTICATED' },
          });
        }
        limiter.succeed(email, ctx.app.clientAddress);
        const roles: Role[] = user.role === 'admin' ? ['admin', 'planner'] : [user.role];
        const { token, expiresAt } = await signer.sign({
          sub: user.email,
          roles,
          ...(user.organisation ? { organisation: user.organisation } : {}),
          ...(user.authority ? { authority: user.authority } : {}),
          ...(user.name ? { name: user.name } : {}),
        });
        return {
          token,
          expiresAt: expiresAt.toISOString(),
          user: { ...user, allowed: ROLE_ALLOWS[user.role] },
        };
      },
    },
  };
}
