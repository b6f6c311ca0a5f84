// `npm start`: one command brings up the whole product. It builds what is not built, starts the
// embedded Neo4j (unless NEO4J_URI names another), prepares the database, serves the API and
// the client on one port, and shuts all of it down cleanly on Ctrl-C or `kill`.
import type { Driver } from 'neo4j-driver';
import { readConfig } from './config.js';
import { connect } from './db/connect.js';
import { ensureLauncherBuilt } from './db/embedded/build-launcher.js';
import {
  startEmbeddedNeo4j,
  type EmbeddedNeo4jHandle,
} from './db/embedded/start-embedded-neo4j.js';
import { ensureClientBuilt } from './build-client.js';
import { startServer, type RunningServer } from './start-server.js';
import { assertPortFree } from './http/assert-port-free.js';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const config = readConfig();
  let embedded: EmbeddedNeo4jHandle | undefined;
  let driver: Driver | undefined;
  let server: RunningServer | undefined;
  let stopping = false;

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping...`);
    await server?.close().catch(() => {});
    await driver?.close().catch(() => {});
    if (embedded) {
      await embedded.stop();
      log('Neo4j stopped.');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await assertPortFree(config.port, config.host, 'PORT');
    const building = ensureClientBuilt(log);
    building.catch(() => {}); // awaited below; this only stops an early failure elsewhere leaving it unhandled
    if (config.neo4j.kind === 'embedded') {
      await assertPortFree(config.neo4j.boltPort, '127.0.0.1', 'NEO4J_BOLT_PORT');
      await ensureLauncherBuilt(log);
      log(
        `Starting the embedded Neo4j on bolt://127.0.0.1:${config.neo4j.boltPort} (data in ${config.neo4j.dataDir})...`,
      );
      embedded = await startEmbeddedNeo4j({ ...config.neo4j, log });
      driver = await connect(embedded);
    } else {
      log(`Using the Neo4j at ${config.neo4j.uri}.`);
      driver = await connect(config.neo4j);
    }
    await building;
    server = await startServer({
      driver,
      database: config.neo4j.database,
      port: config.port,
      host: config.host,
      production: config.production,
      seed: config.seedOnStart,
      clientDist: config.clientDist,
      log,
    });
    log('');
    log(`  Client:  ${server.url}/`);
    log(`  GraphQL: ${server.url}/graphql`);
    log(`  Health:  ${server.url}/healthz  ${server.url}/readyz`);
    log('');
    log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
    await driver?.close().catch(() => {});
    await embedded?.stop();
    process.exit(1);
  }
}

void main();
