// Builds the GraphQL schema, prepares the database and starts listening. Shared by `npm start`
// and the integration tests, so the tests run the same server the users get.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from './graphql/build-schema.js';
import { createApp } from './http/create-app.js';
import { answerClientErrors } from './http/answer-client-errors.js';
import { prepareDatabase } from './db/prepare-database.js';
import type { ReadinessState } from './http/probes.js';
import { createTokenSigner, type TokenSigner } from './auth/tokens.js';
import { createLoginLimiter } from './auth/login-limiter.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import type { SecurityConfig } from './config.js';
import type { ReadCache, ReadCacheConfig } from './http/read-cache.js';

export interface ServerOptions {
  driver: Driver;
  database?: string | undefined;
  port: number;
  host: string;
  production: boolean;
  seed: boolean;
  security: SecurityConfig;
  /** Create the first admin when there are no users (off in tests). */
  firstAdmin?: boolean;
  clientDist?: string | undefined;
  /** The cache of read answers (server/src/http/read-cache.ts); on by default. */
  readCache?: ReadCacheConfig | undefined;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  readiness: ReadinessState;
  signer: TokenSigner;
  readCache: ReadCache;
  close(): Promise<void>;
}

/** Starts the API; resolves once it listens. `port: 0` picks a free port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const readiness: ReadinessState = { schemaApplied: false, seedLoaded: false };
  const secret = options.security.jwtSecret ?? crypto.randomBytes(32).toString('base64url');
  const signer = createTokenSigner(secret, options.security.tokenTtlSeconds);
  const { schema, neoSchema } = await buildSchema(options.driver, {
    jwtSecret: secret,
    signer,
    limiter: createLoginLimiter(),
    publicRead: options.security.publicRead,
  });
  await prepareDatabase({
    driver: options.driver,
    neoSchema,
    database: options.database,
    seed: options.seed,
    readiness,
    log,
  });
  if (options.firstAdmin) {
    await ensureFirstAdmin(
      options.driver,
      {
        email: options.security.adminEmail,
        password: options.security.adminPassword,
        database: options.database,
      },
      log,
    );
  }
  const { app, apollo, readCache } = await createApp({
    schema,
    driver: options.driver,
    database: options.database,
    readiness,
    signer,
    clientDist: options.clientDist,
    production: options.production,
    introspection: options.security.introspection,
    corsOrigins: options.security.corsOrigins,
    readCache: options.readCache,
  });
  const server = http.createServer(app);
  answerClientErrors(server);
  // A request that takes longer than this is cut off rather than holding a connection forever.
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost =
    options.host === '0.0.0.0' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    readiness,
    signer,
    readCache,
    close: async () => {
      await apollo.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
