// `npm start`: one command brings up the whole product. It builds what is not built, starts the
// embedded Neo4j (unless NEO4J_URI names another), prepares the database, serves the API and
// the client on one port, and shuts all of it down cleanly on Ctrl-C or `kill`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readConfig, type Config, type SecurityConfig } from './config.js';
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

/** The token secret: JWT_SECRET, or one kept beside the embedded database (so tokens survive a restart). */
async function withJwtSecret(config: Config): Promise<SecurityConfig> {
  if (config.security.jwtSecret) return config.security;
  if (config.neo4j.kind === 'embedded') {
    const file = path.join(config.neo4j.dataDir, '.jwt-secret');
    if (!fs.existsSync(file))
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
    return { ...config.security, jwtSecret: fs.readFileSync(file, 'utf8').trim() };
  }
  log(
    'JWT_SECRET is not set: tokens will stop working when the server restarts. Set it to 32+ random characters.',
  );
  return config.security;
}

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
    // After the database, so a start that fails early never leaves a half-built client behind.
    await ensureClientBuilt(log);
    server = await startServer({
      driver,
      database: config.neo4j.database,
      port: config.port,
      host: config.host,
      production: config.production,
      seed: config.seedOnStart,
      security: await withJwtSecret(config),
      firstAdmin: true,
      clientDist: config.clientDist,
      readCache: config.readCache,
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
