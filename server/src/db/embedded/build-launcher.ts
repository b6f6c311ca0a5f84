// Builds the embedded Neo4j launcher with Maven when it is missing or older than its sources.
// The first build downloads Neo4j and APOC from Maven Central (shown as progress); Maven's
// local repository caches them, so later builds work offline and take seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StartupError } from '../../errors.js';
import { checkJava, checkMaven } from './check-tools.js';
import { launcherPaths } from './launcher-paths.js';

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when the jar, its libraries and the APOC plugin exist and are newer than the sources. */
export function launcherIsBuilt(): boolean {
  const { jar, lib, plugins, pom, sources } = launcherPaths;
  if (!fs.existsSync(jar) || !fs.existsSync(lib) || !fs.existsSync(plugins)) return false;
  if (!fs.readdirSync(plugins).some((f) => f.startsWith('apoc-core'))) return false;
  return fs.statSync(jar).mtimeMs >= Math.max(newestMtime(pom), newestMtime(sources));
}

/** Builds the launcher unless it is up to date. `log` receives progress lines. */
export async function ensureLauncherBuilt(
  log: (line: string) => void = console.log,
): Promise<void> {
  checkJava();
  if (launcherIsBuilt()) return;
  checkMaven();
  log(
    'Building the embedded Neo4j (first run downloads Neo4j 5.26 and APOC from Maven Central)...',
  );
  let downloads = 0;
  const tty = process.stdout.isTTY;
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mvn', ['-B', 'package', '-DskipTests'], {
      cwd: launcherPaths.folder,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onLine = (line: string): void => {
      output.push(line);
      if (output.length > 200) output.shift();
      if (line.includes('Downloaded from')) {
        downloads += 1;
        const artifact = /\/([^/]+\.(?:jar|pom))/.exec(line)?.[1] ?? '';
        if (tty)
          process.stdout.write(
            `\r  downloaded ${downloads} files  ${artifact.slice(0, 60).padEnd(60)}`,
          );
        else if (downloads % 50 === 0) log(`  downloaded ${downloads} files...`);
      }
    };
    let buffer = '';
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) =>
      reject(
        new StartupError(
          'MAVEN_MISSING',
          `Could not run Maven: ${error.message}`,
          'Install Maven.',
        ),
      ),
    );
    child.on('close', (code) => {
      if (tty && downloads) process.stdout.write('\n');
      if (code === 0) resolve();
      else
        reject(
          new StartupError(
            'BUILD_FAILED',
            `Building the embedded Neo4j failed (Maven exit ${code}):\n${output.slice(-25).join('\n')}`,
            'Check the network access to Maven Central, then run `npm run build:neo4j` again.',
          ),
        );
    });
  });
  log(`Embedded Neo4j built (${downloads} files downloaded).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureLauncherBuilt().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
