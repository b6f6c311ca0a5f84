// `npm start` fails fast, and says what to do, when it cannot work: the port is taken, Java is
// missing, or NEO4J_URI points at nothing. And Ctrl-C stops it, Neo4j included.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
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
  /** Sends SIGINT once the output shows this (the server is up). */
  interruptWhen?: RegExp,
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
    let interrupted = false;
    const read = (c: Buffer) => {
      output += c.toString();
      if (interruptWhen && !interrupted && interruptWhen.test(output)) {
        interrupted = true;
        output += '\n[test: SIGINT]\n';
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const timer = setTimeout(() => child.kill('SIGKILL'), interruptWhen ? 180_000 : 60_000);
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

  it('stops on Ctrl-C: the web server, then Neo4j, and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hks-sigint-'));
    try {
      const result = await start(
        {
          PORT: String(await freePort()),
          NEO4J_BOLT_PORT: String(await freePort()),
          NEO4J_DATA_DIR: dataDir,
          // As in production (vitest sets 'test', which changes how Apollo treats signals).
          NODE_ENV: 'production',
          JWT_SECRET: 'test-secret-0123456789abcdefghijklmnopqrstuv',
        },
        /Press Ctrl-C to stop/,
      );
      expect(result.output).toContain('[test: SIGINT]');
      expect(result.output).toMatch(/SIGINT: stopping[\s\S]*Neo4j stopped/);
      expect(result.code).toBe(0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 200_000);
});
