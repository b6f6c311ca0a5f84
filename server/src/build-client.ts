// Builds the React client with Vite when client/dist is missing or older than its sources,
// so `npm start` serves an up-to-date page without a separate build step.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

const clientDir = path.join(projectRoot, 'client');

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce(
      (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))),
      stat.mtimeMs,
    );
}

/** True when client/dist/index.html exists and is newer than every client source file. */
export function clientIsBuilt(): boolean {
  const index = path.join(clientDir, 'dist', 'index.html');
  if (!fs.existsSync(index)) return false;
  const sources = ['src', 'index.html', 'vite.config.ts'].map((p) =>
    newestMtime(path.join(clientDir, p)),
  );
  return fs.statSync(index).mtimeMs >= Math.max(...sources);
}

/** Runs `vite build` for the client unless it is up to date. */
export async function ensureClientBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (clientIsBuilt()) return;
  log('Building the client...');
  const { build } = await import('vite');
  // Vite builds React's development bundle when NODE_ENV says so (vitest sets it to 'test'), and
  // a later `npm start` would serve that build: the client is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(clientDir, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  log('Client built.');
}
