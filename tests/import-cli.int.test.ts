// `npm run import` end to end: the command a planner runs, against the real test database.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { loadCuratedSeed } from '../server/src/seed/load-seed.js';
import { projectRoot } from '../server/src/config.js';

const run = promisify(execFile);
const db = useTestDatabase();
const seedPlan = path.join(projectRoot, 'cypher/seed/plans/worcester-homelessness-action-plan.tsv');

async function importCommand(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password } = db.connection;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server/src/import/cli.ts'), ...args],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run import', () => {
  it('imports a plan and prints a machine-readable report with --json', async () => {
    await loadCuratedSeed(db.driver);
    const result = await importCommand(seedPlan, '--authority', 'Worcester City Council', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      changes: { added: unknown[] };
      read: { tasks: number };
    };
    expect(report.read.tasks).toBe(29);
    expect(report.changes.added).toHaveLength(29);
    const [row] = await db.query<{ n: number }>('MATCH (t:Task) RETURN count(t) AS n');
    expect(Number(row?.n)).toBe(29);
  });

  it('refuses a file that is not a plan, says why, exits 1 and writes nothing', async () => {
    await loadCuratedSeed(db.driver);
    const result = await importCommand(
      path.join(projectRoot, 'README.md'),
      '--authority',
      'Worcester City Council',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Nothing was imported.*no header row/s);
    const [row] = await db.query<{ n: number }>('MATCH (t:Task) RETURN count(t) AS n');
    expect(Number(row?.n)).toBe(0);
  });
});
