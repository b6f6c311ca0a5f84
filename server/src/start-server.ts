// Builds the GraphQL schema, prepares the database and starts listening. Shared by `npm start`
// and the integration tests, so the tests run the same server the users get.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { buildSchema } from './graphql/build-schema.js';
import { createApp } from './http/create-app.js';
import { prepareDatabase } from './db/prepare-database.js';
import type { ReadinessState } from './http/probes.js';

export interface ServerOptions {
  driver: Driver;
  database?: string | undefined;
  port: number;
  host: string;
  production: boolean;
  seed: boolean;
  clientDist?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  readiness: ReadinessState;
  close(): Promise<void>;
}

/** Starts the API; resolves once it listens. `port: 0` picks a free port. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const readiness: ReadinessState = { schemaApplied: false, seedLoaded: false };
  const { schema, neoSchema } = await buildSchema(options.driver);
  await prepareDatabase({
    driver: options.driver,
    neoSchema,
    database: options.database,
    seed: options.seed,
    readiness,
    log: options.log,
  });
  const { app, apollo } = await createApp({
    schema,
    driver: options.driver,
    database: options.database,
    readiness,
    clientDist: options.clientDist,
    production: options.production,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`,
    port,
    readiness,
    close: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
