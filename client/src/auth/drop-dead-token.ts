// When the server refuses the stored token (expired, or signed with a secret it no longer has),
// every request would fail, reading included. This link forgets the session, tells the page,
// and sends the request again without a token, so reading goes on and the header says
// "Sign in" again.
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { clearSession, loadSession } from './session';

export const SESSION_DROPPED_EVENT = 'hkg:session-dropped';

/** True when the error says the token itself was refused. */
export function isRefusedToken(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error))
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return false;
}

export function createDropDeadTokenLink(): ErrorLink {
  return new ErrorLink(({ error, operation, forward }) => {
    // Only when a token was sent: a wrong password at sign-in is UNAUTHENTICATED too.
    if (!isRefusedToken(error) || !loadSession() || operation.operationName === 'Login') return;
    clearSession();
    window.dispatchEvent(new Event(SESSION_DROPPED_EVENT));
    return forward(operation);
  });
}
