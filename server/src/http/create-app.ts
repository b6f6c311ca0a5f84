// The HTTP face of the product: GraphQL at /graphql (POST, and GET for queries), health probes,
// and the built client at /. Protection: security headers and CORS (security-headers.ts), body
// limit, depth/alias/cost/token limits, verified tokens, error codes on every error, and an
// audit entry for every mutation. Read answers are cached, never older than the database
// (read-cache.ts).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import express, { type Express } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createProbes, type ReadinessState } from './probes.js';
import { securityHeaders } from './security-headers.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { TokenClaims, TokenSigner } from '../auth/tokens.js';
import { unauthenticated } from '../graphql/errors.js';
import { createFormatError } from '../graphql/format-error.js';
import { auditPlugin } from '../audit/audit-plugin.js';
import { signedInForbiddenPlugin } from '../graphql/signed-in-forbidden-plugin.js';
import { SELF_AUDITED } from '../graphql/resolvers/writes.js';
import { noSubscriptionsRule } from '../graphql/no-subscriptions-rule.js';
import { noStorePlugin } from '../graphql/no-store-plugin.js';
import { autoCommitReadsPlugin } from '../graphql/auto-commit-reads-plugin.js';
import { listLimitsPlugin } from '../graphql/list-limits.js';
import { refuseDeepNesting } from './refuse-deep-nesting.js';
import { createDatabaseGate } from '../graphql/database-gate.js';
import {
  createReadCache,
  DEFAULT_READ_CACHE,
  type ReadCache,
  type ReadCacheConfig,
} from './read-cache.js';
import { neo4jGraphVersion } from '../db/graph-version.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database?: string | undefined;
  readiness: ReadinessState;
  signer: TokenSigner;
  clientDist?: string | undefined;
  production: boolean;
  introspection: boolean;
  /** Browser origins allowed to call the API from another site; none: same origin only. */
  corsOrigins?: string[];
  /** The cache of read answers (read-cache.ts); on by default. */
  readCache?: ReadCacheConfig | undefined;
}

export interface App {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
  readCache: ReadCache;
}

export const LIMITS = {
  bodyBytes: '1mb',
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 50_000,
  maxTokens: 4000,
  maxDirectives: 20,
  /** `{`, `[` and `(` nested together, counted before parsing (refuse-deep-nesting.ts). */
  maxNesting: 64,
  /** Largest `limit` or `first` of one list, and the rows nested limits may multiply to. */
  maxListLimit: 1000,
  maxListRows: 100_000,
};

async function verifyAuthorization(
  header: string | undefined,
  signer: TokenSigner,
): Promise<TokenClaims | undefined> {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    return await signer.verify(match[1]);
  } catch (error) {
    throw unauthenticated(
      error instanceof Error ? error.message : 'The token is not valid: sign in again.',
    );
  }
}

/** Builds the Express app; call `apollo.stop()` when shutting down. */
export async function createApp(options: AppOptions): Promise<App> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    costLimit: { maxCost: LIMITS.maxCost },
    // Token counting is left to graphql-js's own parser (parseOptions below): armor's version
    // turns every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: options.production },
  });
  const protection = armor.protect();
  const gate = createDatabaseGate({
    probe: async () => {
      const session = options.driver.session({ database: options.database });
      try {
        await session.run('RETURN 1', {}, { timeout: 2000 });
      } finally {
        void session.close().catch(() => {});
      }
    },
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError(options.production, () => gate.reportUnavailable()),
    // graphql-armor is typed against @apollo/server's CommonJS build; the objects are the same.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      // Apollo's cache control wraps every field's resolver; no-store is all it ever set here.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin<GraphQLContext>(),
      auditPlugin(SELF_AUDITED),
      signedInForbiddenPlugin(),
      listLimitsPlugin({ maxLimit: LIMITS.maxListLimit, maxRows: LIMITS.maxListRows }),
      gate.plugin<GraphQLContext>(),
      autoCommitReadsPlugin(options.driver, options.database),
    ],
    validationRules: [...protection.validationRules, noSubscriptionsRule],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // The process owns shutdown (main.ts closes the server, then the driver, then Neo4j). Apollo's
    // own SIGINT handler stopping it at the same time left the benchmark's serve-stack waiting
    // forever after Ctrl-C.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const readCache = createReadCache({
    config: options.readCache ?? DEFAULT_READ_CACHE,
    signer: options.signer,
    version: neo4jGraphVersion(options.driver, options.database),
    databaseOpen: () => gate.open,
    reportUnavailable: () => gate.reportUnavailable(),
    maxTokens: LIMITS.maxTokens,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders({ corsOrigins: options.corsOrigins ?? [] }));
  // Answers over 1 KB compressed at the fastest setting: every council's findings at 300 are
  // 42 MB of JSON, 2.6 MB as Brotli quality 1 for about 60 ms of CPU (quality 4, the package's
  // default, took 240 ms for 2.0 MB); gzip level 1 for a client without Brotli.
  app.use(
    compression({ level: 1, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } } }),
  );
  const probes = createProbes(options.driver, options.database, options.readiness);
  app.get('/healthz', probes.health);
  app.get('/readyz', probes.ready);
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyBytes }),
    refuseDeepNesting({ maxNesting: LIMITS.maxNesting, maxDepth: LIMITS.maxDepth }),
    readCache.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const user = await verifyAuthorization(req.headers.authorization, options.signer);
        return {
          app: {
            driver: options.driver,
            database: options.database,
            user,
            clientAddress: req.ip ?? 'unknown',
          },
          ...(user ? { jwt: user } : {}),
          sessionConfig: { database: options.database },
        };
      },
    }),
  );

  // Bodies that are not JSON, or too large, are answered in GraphQL's error shape, not HTML.
  app.use(
    '/graphql',
    (
      error: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (!error) return next();
      const status = error.status ?? 500;
      const code =
        status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 400
            ? 'BAD_REQUEST'
            : 'INTERNAL_SERVER_ERROR';
      const message =
        status === 413
          ? `The request is larger than ${LIMITS.bodyBytes}.`
          : status === 400
            ? `The request body is not valid JSON: ${error.message ?? ''}`.trim()
            : 'Something went wrong on the server.';
      res
        .status(status)
        .type('application/json')
        .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    },
  );

  const dist = options.clientDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes all answer with the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  return { app, apollo, readCache };
}
