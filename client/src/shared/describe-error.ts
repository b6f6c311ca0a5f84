// Turns what Apollo Client reports into words for the user: what happened and what to do next.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface ErrorDescription {
  /** What happened, in a sentence. */
  message: string;
  /** What the user can do about it. */
  action: string;
  /** The GraphQL error code when there was one (UNAUTHENTICATED, FORBIDDEN, ...). */
  code?: string;
}

const ACTIONS: Record<string, string> = {
  UNAUTHENTICATED: 'Sign in (your session may have expired), then try again.',
  FORBIDDEN: 'Your role does not allow this. Sign in as a user who may, or ask a planner.',
  BAD_USER_INPUT: 'Check what you entered, then try again.',
  GRAPHQL_VALIDATION_FAILED:
    'The page and the server disagree about the API: reload the page; if it persists, the server may be older than the page.',
};

/** A user-facing description of an error from a query or mutation. */
export function describeError(error: unknown): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const messages = [...new Set(error.errors.map((e) => e.message))].join(' ');
    if (code === 'UNAUTHENTICATED') {
      return {
        message: 'You need to be signed in for this.',
        action: ACTIONS.UNAUTHENTICATED!,
        code,
      };
    }
    if (code === 'FORBIDDEN') {
      return { message: 'You are not allowed to do this.', action: ACTIONS.FORBIDDEN!, code };
    }
    return {
      message: messages || 'The server could not answer.',
      action:
        (code && ACTIONS[code]) ?? 'Try again; if it keeps failing, tell whoever runs the server.',
      code,
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401)
      return describeError(
        new CombinedGraphQLErrors({
          errors: [{ message: '', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      );
    return {
      message: `The server answered with an error (HTTP ${error.statusCode}).`,
      action: 'Try again in a moment; if it keeps failing, check the server log.',
    };
  }
  if (ServerParseError.is(error)) {
    return {
      message: 'The server sent something that is not an API answer.',
      action: 'Check that the address points at this product’s server, then reload.',
    };
  }
  if (
    error instanceof TypeError ||
    (error instanceof Error && /fetch|network/i.test(error.message))
  ) {
    return {
      message: 'The server did not answer.',
      action: 'Check that it is running (npm start) and that you are online, then try again.',
    };
  }
  return {
    message: error instanceof Error ? error.message : 'Something went wrong.',
    action: 'Try again; if it keeps failing, reload the page.',
  };
}
