// The HTTP face of the product: GraphQL at /graphql, health probes, and the built client at /.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createProbes, type ReadinessState } from './probes.js';

export interface AppOptions {
  schema: GraphQLSchema;
  driver: Driver;
  database?: string | undefined;
  readiness: ReadinessState;
  clientDist?: string;
  production: boolean;
}

export interface App {
  app: Express;
  apollo: ApolloServer;
}

/** Builds the Express app; call `apollo.stop()` when shutting down. */
export async function createApp(options: AppOptions): Promise<App> {
  const apollo = new ApolloServer({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  const probes = createProbes(options.driver, options.database, options.readiness);
  app.get('/healthz', probes.health);
  app.get('/readyz', probes.ready);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        token: req.headers.authorization,
        sessionConfig: { database: options.database },
      }),
    }),
  );

  const dist = options.clientDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // Client-side routes all answer with the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  return { app, apollo };
}
