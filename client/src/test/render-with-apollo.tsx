// Component tests: renders a view with a real Apollo Client whose link answers each operation
// by name from the test's handlers (so variables may be anything), inside the sign-in context,
// at a given URL.
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import { GraphQLError } from 'graphql';
import { AuthProvider } from '../auth/AuthContext';
import { saveSession, type Session, type SessionUser } from '../auth/session';
import { createCache } from '../apollo-client';

export type Handler = (variables: Record<string, unknown>) => unknown;

export interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

/** An error a handler can throw to answer with a GraphQL error carrying this code. */
export function graphQLError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

export function sessionFor(user: Partial<SessionUser> & { role: string }): Session {
  return {
    token: 'test-token',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: {
      email: `${user.role}@example.org`,
      name: null,
      organisation: null,
      authority: null,
      allowed: [],
      ...user,
    },
  };
}

export function renderWithApollo(
  ui: ReactElement,
  options: { handlers: Record<string, Handler>; url?: string; session?: Session },
): RenderResult & { calls: Call[]; client: ApolloClient } {
  window.sessionStorage.clear();
  if (options.session) saveSession(options.session);
  window.history.replaceState(null, '', options.url ?? '/');
  const calls: Call[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        const variables = operation.variables as Record<string, unknown>;
        calls.push({ operationName: name, variables });
        const handler = options.handlers[name];
        // Answer on a later tick, as a server would.
        const timer = setTimeout(() => {
          if (!handler) {
            observer.next({ errors: [new GraphQLError(`No test handler for ${name}`)] });
            observer.complete();
            return;
          }
          try {
            observer.next({ data: handler(variables) as Record<string, unknown> });
          } catch (error) {
            const e = error as Error & { code?: string };
            observer.next({
              errors: [
                new GraphQLError(e.message, {
                  extensions: { code: e.code ?? 'INTERNAL_SERVER_ERROR' },
                }),
              ],
            });
          }
          observer.complete();
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
  const client = new ApolloClient({
    link,
    cache: createCache(),
  });
  const result = render(
    <ApolloProvider client={client}>
      <AuthProvider>{ui}</AuthProvider>
    </ApolloProvider>,
  );
  return Object.assign(result, { calls, client });
}
