// Starts the real API server (the same code `npm start` runs) on a free port against the test
// database, and sends GraphQL to it over HTTP.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/start-server.js';
import type { TestDatabase } from './neo4j.js';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface TestServer {
  readonly url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
}

/** Call at the top of a test file after useTestDatabase(). `seed` loads the seed data at start. */
export function useTestServer(
  db: TestDatabase,
  options: { seed?: boolean; publicRead?: boolean } = {},
): TestServer {
  let server: RunningServer | undefined;
  const api: TestServer = {
    get url(): string {
      if (!server) throw new Error('The test server is not started yet.');
      return server.url;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphQLResponse<T>['body'],
      };
    },
  };
  beforeAll(async () => {
    server = await startServer({
      driver: db.driver,
      database: db.database,
      port: 0,
      host: '127.0.0.1',
      production: false,
      seed: options.seed ?? false,
      security: {
        jwtSecret: 'integration-tests-secret-0123456789abcdef',
        tokenTtlSeconds: 3600,
        publicRead: options.publicRead ?? true,
        introspection: true,
        adminEmail: undefined,
        adminPassword: undefined,
        corsOrigins: [],
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  return api;
}
