// The generated queries of a GraphQL `query` run as auto-commit reads (db/auto-commit-read.ts):
// given the driver, @neo4j/graphql runs every statement in a managed transaction, a round trip
// more than the statement itself, which on a cheap read such as a plan's task list was a large
// part of the API's cost over the Cypher. @neo4j/graphql runs through whatever the request's
// `executionContext` is; anything that is neither a driver nor a session it treats as an open
// transaction and calls `run(text, params)` on, so that is all the reader offers. Mutations keep
// the driver: each write is one statement in a managed, retried write transaction, as before.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { autoCommitRead } from '../db/auto-commit-read.js';
import type { GraphQLContext } from './context.js';

export function autoCommitReadsPlugin(
  driver: Driver,
  database: string | undefined,
): ApolloServerPlugin<GraphQLContext> {
  const reader = {
    run: (text: string, params: Record<string, unknown>) =>
      autoCommitRead(driver, database, text, params),
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query') contextValue.executionContext = reader;
        },
      };
    },
  };
}
