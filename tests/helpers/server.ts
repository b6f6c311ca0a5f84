// Starts the real API server (the same code `npm start` runs) on a free port against the test
// database, and sends GraphQL to it over HTTP, anonymously or with a token.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../../server/src/start-server.js';
import type { TestDatabase } from './neo4j.js';
import { createTokenSigner, type TokenClaims } from '../../server/src/auth/tokens.js';
import { projectRoot, type SecurityConfig } from '../../server/src/config.js';
import { ensureClientBuilt } from '../../server/src/build-client.js';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ReadCache, ReadCacheConfig } from '../../server/src/http/read-cache.js';

export const TEST_JWT_SECRET = 'integration-tests-secret-0123456789abcdef';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface TestServer {
  readonly url: string;
  /** Sends a query, as the user whose token is given (anonymous without one). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** A signed token for these claims, as the server's login would issue it. */
  tokenFor(claims: TokenClaims): Promise<string>;
  /** The server's cache of read answers. */
  readonly readCache: ReadCache;
}

export interface TestServerOptions {
  seed?: boolean;
  production?: boolean;
  security?: Partial<SecurityConfig>;
  /** Build the client if it is out of date and serve it at / (the browser tests). */
  client?: boolean;
  /** The cache of read answers; on by default, as in `npm start`. */
  readCache?: ReadCacheConfig;
  /** Wraps the test database's driver for the server (a recording driver, say). */
  wrapDriver?: (driver: Driver) => Driver;
}

/** Call at the top of a test file after useTestDatabase(). `seed` loads the seed data at start. */
export function useTestServer(db: TestDatabase, options: TestServerOptions = {}): TestServer {
  let server: RunningServer | undefined;
  const api: TestServer = {
    get url(): string {
      if (!server) throw new Error('The test server is not started yet.');
      return server.url;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphQLResponse<T>['body'],
      };
    },
    async tokenFor(claims: TokenClaims) {
      return (await createTokenSigner(TEST_JWT_SECRET, 3600).sign(claims)).token;
    },
    get readCache(): ReadCache {
      if (!server) throw new Error('The test server is not started yet.');
      return server.readCache;
    },
  };
  beforeAll(async () => {
    if (options.client) await ensureClientBuilt(() => {});
    server = await startServer({
      driver: options.wrapDriver ? options.wrapDriver(db.driver) : db.driver,
      database: db.database,
      port: 0,
      host: '127.0.0.1',
      production: options.production ?? false,
      seed: options.seed ?? false,
      ...(options.client ? { clientDist: path.join(projectRoot, 'client', 'dist') } : {}),
      readCache: options.readCache,
      security: {
        jwtSecret: TEST_JWT_SECRET,
        tokenTtlSeconds: 3600,
        publicRead: true,
        introspection: !(options.production ?? false),
        adminEmail: undefined,
        adminPassword: undefined,
        corsOrigins: [],
        ...options.security,
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });
  return api;
}
