// The API's errors: every one carries a code a client can act on.
import { GraphQLError } from 'graphql';

export const badInput = (message: string, field: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

export const unauthenticated = (
  message = 'Sign in first: this needs a signed-in user.',
): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

export const forbidden = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

export const notFound = (message: string, field: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
