// The API under concurrent load: autocannon in its own process (load-runner.ts), so it does not
// share the server's event loop, posting one GraphQL query; returns requests per second, latency
// percentiles (from every response) and errors.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-runner.ts');

export async function loadTest(options: {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', runner, JSON.stringify({ ...options, url: `${options.url}/graphql` })],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`the load runner exited ${code}: ${err.slice(-400)}`)),
    );
  });
  return {
    connections: options.connections,
    ...(JSON.parse(output) as Omit<LoadResult, 'connections'>),
  };
}
