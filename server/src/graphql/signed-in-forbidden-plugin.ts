// A signed-in user whose role may not do something is FORBIDDEN (403), not UNAUTHENTICATED:
// @neo4j/graphql reports a failed role check in @authentication as "Unauthenticated" whoever asks.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

export function signedInForbiddenPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.app?.user || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          let changed = false;
          const rewritten = errors.map((error) => {
            if (error.extensions?.code !== 'UNAUTHENTICATED') return error;
            changed = true;
            return {
              ...error,
              message: `Your role (${contextValue.app.user?.roles.join(', ')}) may not do this.`,
              extensions: { ...error.extensions, code: 'FORBIDDEN' },
            };
          });
          if (changed) response.body.singleResult.errors = rewritten;
        },
      };
    },
  };
}
