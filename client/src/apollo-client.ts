// The Apollo Client: GraphQL at /graphql on the page's own origin (proxied by Vite in
// development), with the signed-in user's token sent as `Authorization: Bearer …`, and a
// refused token dropped so that reading carries on.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { authorisationHeader } from './auth/session';
import { createDropDeadTokenLink } from './auth/drop-dead-token';

export function createApolloClient(): ApolloClient {
  // The token is read afresh for every request (and a retry after a refused token goes out
  // without the old one).
  const auth = new SetContextLink((previous) => {
    const { authorization: _previous, ...headers } = (previous.headers ?? {}) as Record<
      string,
      string
    >;
    return { headers: { ...headers, ...authorisationHeader() } };
  });
  return new ApolloClient({
    link: ApolloLink.from([createDropDeadTokenLink(), auth, new HttpLink({ uri: '/graphql' })]),
    cache: createCache(),
  });
}

/**
 * The client's cache (the tests' too). The views whose answer can be the whole country (the task
 * views, the findings) read past it (`shared/uncached.ts`).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: { Party: ['Organisation', 'Board', 'Role'] },
  });
}
