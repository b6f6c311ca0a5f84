// Every error leaves the API with a code. A database outage becomes SERVICE_UNAVAILABLE (the
// client can retry), the library's auth errors become UNAUTHENTICATED / FORBIDDEN, and in
// production an unexpected error says only that something went wrong: no stack, no internals.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const UNAVAILABLE =
  /ServiceUnavailable|SessionExpired|Could not perform discovery|Connection was closed|ECONNREFUSED|Failed to connect|Failed to establish connection|Connection acquisition timed out|DatabaseUnavailable/i;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** `onUnavailable` hears of every error that meant the database did not answer. */
export function createFormatError(production: boolean, onUnavailable: () => void = () => {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const name = original instanceof Error ? original.name : '';
    const code = errorCode(original);
    const message = original instanceof Error ? original.message : String(original);
    if (
      UNAVAILABLE.test(code ?? '') ||
      UNAVAILABLE.test(message) ||
      (name === 'Neo4jError' && code === 'ServiceUnavailable')
    ) {
      onUnavailable();
      return {
        message:
          'The database is not reachable right now. Nothing was changed; try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        ...(formatted.path ? { path: formatted.path } : {}),
      };
    }
    // @neo4j/graphql says "Unauthenticated" when @authentication fails and "Forbidden" when an
    // @authorization rule does; a signed-in user is told FORBIDDEN by the role plugin.
    if (message === 'Unauthenticated') {
      return {
        ...formatted,
        message: 'Sign in first: this needs a signed-in user with the right role.',
        extensions: { code: 'UNAUTHENTICATED' },
      };
    }
    if (message === 'Forbidden') {
      return {
        ...formatted,
        message: 'You are not allowed to do this.',
        extensions: { code: 'FORBIDDEN' },
      };
    }
    if (name === 'Neo4jGraphQLForbiddenError') {
      return {
        ...formatted,
        message: 'You are not allowed to do this.',
        extensions: { code: 'FORBIDDEN' },
      };
    }
    if (name === 'Neo4jGraphQLAuthenticationError') {
      return {
        ...formatted,
        message: 'Sign in first: this needs a signed-in user with the right role.',
        extensions: { code: 'UNAUTHENTICATED' },
      };
    }
    const extensionCode = formatted.extensions?.code;
    if (
      (extensionCode === undefined || extensionCode === 'INTERNAL_SERVER_ERROR') &&
      !(original instanceof GraphQLError)
    ) {
      if (code?.startsWith('Neo.ClientError.Schema.ConstraintValidationFailed')) {
        return {
          ...formatted,
          message: `That would make a duplicate: ${message}`,
          extensions: { code: 'BAD_USER_INPUT' },
        };
      }
      if (production) {
        return {
          message: 'Something went wrong on the server. It has been logged.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
    }
    return formatted;
  };
}
