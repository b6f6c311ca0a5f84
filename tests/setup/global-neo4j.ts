// Vitest global setup for the integration tests: one real Neo4j for the whole run. By default
// an embedded Neo4j on a free port with a temporary store, deleted afterwards; with NEO4J_URI
// set, that server instead (it must be a scratch database: the tests delete its data).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureLauncherBuilt } from '../../server/src/db/embedded/build-launcher.js';
import { startEmbeddedNeo4j } from '../../server/src/db/embedded/start-embedded-neo4j.js';
import type { TestNeo4j } from '../helpers/neo4j.js';
import { freePort } from '../../server/src/net/free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
      external: true,
    });
    return async () => {};
  }
  try {
    await ensureLauncherBuilt((line) => console.log(line));
  } catch (error) {
    throw new Error(
      `The integration tests need a real Neo4j and could not build the embedded one:\n${(error as Error).message}\n` +
        'Install Java 17+ and Maven, or set NEO4J_URI to a scratch Neo4j 5 with APOC.',
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-test-neo4j-'));
  const boltPort = await freePort();
  let handle;
  try {
    handle = await startEmbeddedNeo4j({ boltPort, dataDir, heap: '1g', pageCache: '256m' });
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`The embedded Neo4j for the tests did not start:\n${(error as Error).message}`);
  }
  project.provide('neo4j', {
    uri: handle.uri,
    username: handle.username,
    password: handle.password,
    database: undefined,
    external: false,
  });
  return async () => {
    await handle.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
