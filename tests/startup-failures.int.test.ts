// `npm start` fails fast, and says what to do, when it cannot work: the port is taken, Java is
// missing, or NEO4J_URI points at nothing.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/src/config.js';
import { freePort } from '../server/src/net/free-port.js';

const servers: net.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function takenPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  servers.push(server);
  return (server.address() as net.AddressInfo).port;
}

function start(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server/src/main.ts')],
      {
        cwd: projectRoot,
        env: { ...process.env, SEED_ON_START: 'false', ...env },
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - began });
    });
  });
}

describe('npm start', () => {
  it('stops at once when the web port is taken, naming PORT', async () => {
    const result = await start({ PORT: String(await takenPort()) });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/already in use[\s\S]*set PORT/);
    expect(result.ms).toBeLessThan(30_000);
  });

  it('stops at once when the Bolt port is taken, naming NEO4J_BOLT_PORT', async () => {
    const result = await start({
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await takenPort()),
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/already in use[\s\S]*NEO4J_BOLT_PORT/);
  });

  it('says Java is missing and how to do without it', async () => {
    const result = await start({
      PORT: String(await freePort()),
      NEO4J_BOLT_PORT: String(await freePort()),
      PATH: '/nonexistent',
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Java was not found[\s\S]*NEO4J_URI/);
  });

  it('fails fast when NEO4J_URI points at nothing', async () => {
    const result = await start({
      PORT: String(await freePort()),
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      NEO4J_PASSWORD: 'x',
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Could not reach Neo4j[\s\S]*NEO4J_URI/);
    expect(result.ms).toBeLessThan(30_000);
  });
});
