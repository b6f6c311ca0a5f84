// The embedded database launcher's promises: clear failures (port taken, store locked, nothing
// at NEO4J_URI), data kept across restarts, and no JVM left behind when its Node parent dies.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startEmbeddedNeo4j,
  type EmbeddedNeo4jHandle,
} from '../server/src/db/embedded/start-embedded-neo4j.js';
import { connect } from '../server/src/db/connect.js';
import { StartupError } from '../server/src/errors.js';
import { projectRoot } from '../server/src/config.js';
import { freePort } from '../server/src/net/free-port.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-launcher-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function listeningServer(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as net.AddressInfo).port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start(dataDir: string, boltPort: number): Promise<EmbeddedNeo4jHandle> {
  const handle = await startEmbeddedNeo4j({ boltPort, dataDir, heap: '512m', pageCache: '64m' });
  cleanups.push(() => handle.stop());
  return handle;
}

describe('the embedded Neo4j launcher', () => {
  it('refuses a Bolt port that is taken, saying which port and what to set', async () => {
    const port = await listeningServer();
    const failure = startEmbeddedNeo4j({
      boltPort: port,
      dataDir: tempDir(),
      heap: '512m',
      pageCache: '64m',
    });
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await expect(failure).rejects.toThrow(new RegExp(`${port}[\\s\\S]*NEO4J_BOLT_PORT`));
  });

  it('keeps the graph across a restart and reports a store locked by another process', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir, await freePort());
    const driver = await connect(first);
    await driver.executeQuery("CREATE (:Marker {key: 'kept'})");
    await driver.close();

    const locked = startEmbeddedNeo4j({
      boltPort: await freePort(),
      dataDir,
      heap: '512m',
      pageCache: '64m',
    });
    await expect(locked).rejects.toMatchObject({ code: 'STORE_LOCKED' });

    await first.stop();
    const second = await start(dataDir, await freePort());
    const again = await connect(second);
    const { records } = await again.executeQuery('MATCH (m:Marker) RETURN m.key AS key');
    await again.close();
    expect(records.map((r) => r.get('key'))).toEqual(['kept']);
  }, 240_000); // three Neo4j starts and two stops: minutes on a busy 2-core machine

  it('stops its JVM when the Node process that started it is killed', async () => {
    const dataDir = tempDir();
    const script = path.join(dataDir, 'parent.mts');
    fs.writeFileSync(
      script,
      `import { startEmbeddedNeo4j } from ${JSON.stringify(path.join(projectRoot, 'server/src/db/embedded/start-embedded-neo4j.ts'))};
       const h = await startEmbeddedNeo4j({ boltPort: ${await freePort()}, dataDir: ${JSON.stringify(path.join(dataDir, 'db'))}, heap: '512m', pageCache: '64m' });
       console.log('JVM ' + h.pid);
       setInterval(() => {}, 1000);`,
    );
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => {
        const match = /JVM (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(isAlive(jvmPid)).toBe(true);
    parent.kill('SIGKILL');
    const deadline = Date.now() + 45_000;
    while (isAlive(jvmPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(isAlive(jvmPid)).toBe(false);
  }, 180_000);
});

describe('an external NEO4J_URI', () => {
  it('fails fast with what to check when nothing listens there', async () => {
    const port = await freePort();
    const started = Date.now();
    const failure = connect({ uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password: 'x' });
    await expect(failure).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    await expect(failure).rejects.toThrow(/NEO4J_URI/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
