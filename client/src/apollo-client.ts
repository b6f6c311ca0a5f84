// The Apollo Client: GraphQL at /graphql on the page's own origin (proxied by Vite in
// development), with the signed-in user's token sent as `Authorization: Bearer …`.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { authorisationHeader } from './auth/session';

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((previous) => ({
    headers: {
      ...(previous.headers as Record<string, string> | undefined),
      ...authorisationHeader(),
    },
  }));
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      possibleTypes: { Party: ['Organisation', 'Board', 'Role'] },
    }),
  });
}
