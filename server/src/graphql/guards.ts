// Role checks for the custom resolvers (the generated ones are guarded by @authentication and
// @authorization in the type definitions). Admin tokens carry the planner role as well.
import type { TokenClaims } from '../auth/tokens.js';
import type { Role } from '../auth/roles.js';
import type { GraphQLContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** The signed-in user, or an UNAUTHENTICATED error. */
export function requireUser(ctx: GraphQLContext): TokenClaims {
  if (!ctx.app.user) throw unauthenticated();
  return ctx.app.user;
}

/** The signed-in user when they hold one of `roles`, else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(ctx: GraphQLContext, roles: Role[], doing: string): TokenClaims {
  const user = requireUser(ctx);
  if (!user.roles.some((r) => roles.includes(r))) {
    throw forbidden(
      `Your role (${user.roles.join(', ')}) may not ${doing}; it needs ${roles.join(' or ')}.`,
    );
  }
  return user;
}

/** For reads: allowed to anyone when public reading is on, else to any signed-in user. */
export function requireReader(ctx: GraphQLContext, publicRead: boolean): void {
  if (!publicRead) requireUser(ctx);
}

/** A planner may change only its own council's plans; an admin may change any. */
export function requireAuthority(
  user: TokenClaims,
  authority: string | null | undefined,
  doing: string,
): void {
  if (user.roles.includes('admin')) return;
  if (!authority || user.authority !== authority) {
    throw forbidden(
      `You may ${doing} only for your own council (${user.authority ?? 'none'}); this belongs to ${authority ?? 'no council'}.`,
    );
  }
}
