// Runs one of the project's command-line tools as `npm run` would (a child Node with tsx), against
// the test database given as NEO4J_URI, and collects its exit code and output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../server/src/config.js';
import type { TestNeo4j } from '../helpers/neo4j.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `server/src/<script>` with the arguments; the database is the test database. */
export function runCli(script: string, args: string[], neo4j: TestNeo4j): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, script), ...args],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri,
          NEO4J_USERNAME: neo4j.username,
          NEO4J_PASSWORD: neo4j.password,
          ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
