// Starts what the benchmarks measure, in this process and under their control: an embedded
// Neo4j with a throw-away store on a free port, and the real API server (the code `npm start`
// runs) loaded with the Worcester seed. stop() ends both and deletes the store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ensureLauncherBuilt } from '../db/embedded/build-launcher.js';
import { startEmbeddedNeo4j } from '../db/embedded/start-embedded-neo4j.js';
import { connect } from '../db/connect.js';
import { startServer } from '../start-server.js';
import { freePort } from '../net/free-port.js';
import { DEFAULT_READ_CACHE } from '../http/read-cache.js';

export interface BenchStack {
  driver: Driver;
  /** http://127.0.0.1:<port> */
  url: string;
  neo4jPid: number;
  heap: string;
  /** Turns the server's cache of read answers on or off (read-cache.ts). */
  setReadCache(on: boolean): void;
  stop(): Promise<void>;
}

export async function startStack(options: {
  heap: string;
  pageCache: string;
  log: (line: string) => void;
  /** Start with the cache of read answers on (as `npm start` does) or off. */
  readCache: boolean;
}): Promise<BenchStack> {
  await ensureLauncherBuilt(options.log);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-bench-neo4j-'));
  const handle = await startEmbeddedNeo4j({
    boltPort: await freePort(),
    dataDir,
    heap: options.heap,
    pageCache: options.pageCache,
    timeoutMs: 180_000,
  });
  const driver = await connect(handle);
  const server = await startServer({
    driver,
    port: 0,
    host: '127.0.0.1',
    production: true,
    seed: true,
    firstAdmin: false,
    log: options.log,
    readCache: { ...DEFAULT_READ_CACHE, enabled: options.readCache },
    security: {
      jwtSecret: 'benchmark-secret-0123456789abcdefghijklmnop',
      tokenTtlSeconds: 3600,
      publicRead: true,
      introspection: false,
      adminEmail: undefined,
      adminPassword: undefined,
      corsOrigins: [],
    },
  });
  return {
    driver,
    url: `http://127.0.0.1:${server.port}`,
    neo4jPid: handle.pid,
    heap: options.heap,
    setReadCache: (on) => server.readCache.setEnabled(on),
    stop: async () => {
      await server.close();
      await driver.close();
      await handle.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
