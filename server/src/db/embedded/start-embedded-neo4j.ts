// Starts the embedded Neo4j launcher as a child JVM and waits for it to say it is ready.
// The child stops when we close its stdin (and by itself if this process dies), so no JVM
// is left behind after Ctrl-C, `kill`, or a crash of the Node process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { StartupError, type StartupErrorCode } from '../../errors.js';
import { launcherPaths } from './launcher-paths.js';

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** How long to wait for the database to become ready. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4jHandle {
  uri: string;
  username: string;
  password: string;
  pid: number;
  /** Stops the database and waits for the JVM to exit. */
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  // The parallel collector, not G1 (Neo4j's default for servers): on the two cores this embedded
  // database shares with Node, G1's concurrent marking and write barriers cost more than they
  // save. Measured on one 300-council graph, two JVMs alternating: the full analysis's Neo4j CPU
  // 4.8 -> 3.7 s a run; imports no different beyond the noise; the young pauses are alike (~0.1
  // s), a full collection of the 1 GB heap takes ~0.26 s (BENCHMARKS.md).
  '-XX:+UseParallelGC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

/** The password of the embedded database: made once per data folder, kept there readable only by us. */
export function embeddedPassword(dataDir: string): string {
  const file = path.join(dataDir, '.password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

interface LauncherEvent {
  event: 'ready' | 'error' | 'stopped';
  bolt?: string;
  code?: StartupErrorCode;
  message?: string;
  hint?: string;
}

function waitForExit(child: ChildProcessWithoutNullStreams, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts Neo4j and resolves once Bolt accepts connections; rejects with a StartupError that says what to do. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4jHandle> {
  const password = embeddedPassword(options.dataDir);
  const logDir = path.join(options.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const stderrLog = fs.createWriteStream(path.join(logDir, 'launcher.log'), { flags: 'a' });

  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${launcherPaths.jar}${path.delimiter}${path.join(launcherPaths.lib, '*')}`,
      launcherPaths.mainClass,
    ],
    {
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(options.boltPort),
        NEO4J_DATA_DIR: options.dataDir,
        NEO4J_PAGECACHE: options.pageCache,
        NEO4J_PASSWORD: password,
        NEO4J_PLUGIN_DIR: launcherPaths.plugins,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stderr.pipe(stderrLog);
  // If this process exits without calling stop(), take the JVM with us.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    if (await waitForExit(child, 30_000)) return;
    child.kill('SIGTERM');
    if (await waitForExit(child, 10_000)) return;
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  };

  const timeoutMs = options.timeoutMs ?? 120_000;
  const lines = readline.createInterface({ input: child.stdout });
  try {
    const ready = await new Promise<LauncherEvent>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new StartupError(
              'START_TIMEOUT',
              `Neo4j did not become ready within ${timeoutMs / 1000}s.`,
              `See ${path.join(options.dataDir, 'logs')} for what it was doing.`,
            ),
          ),
        timeoutMs,
      );
      lines.on('line', (line) => {
        let event: LauncherEvent;
        try {
          event = JSON.parse(line) as LauncherEvent;
        } catch {
          options.log?.(`[neo4j] ${line}`);
          return;
        }
        if (event.event === 'ready') {
          clearTimeout(timer);
          resolve(event);
        } else if (event.event === 'error') {
          clearTimeout(timer);
          reject(
            new StartupError(
              event.code ?? 'START_FAILED',
              event.message ?? 'Neo4j failed to start.',
              event.hint,
            ),
          );
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(
          new StartupError(
            'JAVA_MISSING',
            `Could not start Java: ${error.message}`,
            'Install a JDK 17+.',
          ),
        );
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new StartupError(
            'START_FAILED',
            `Neo4j exited before it was ready (${signal ?? `exit code ${code}`}).`,
            `See ${path.join(logDir, 'launcher.log')} and ${path.join(logDir, 'debug.log')}.`,
          ),
        );
      });
    });
    return {
      uri: ready.bolt ?? `bolt://127.0.0.1:${options.boltPort}`,
      username: 'neo4j',
      password,
      pid: child.pid ?? -1,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
