// Backup: `npm run export` writes the whole graph (seed, imported plans, provenance, the audit
// trail, users) and `npm run restore` into an empty database gives the same graph back: equal
// counts, equal canonical checksum, equal snapshot, every value with its type. A non-empty
// database or a damaged file is refused and nothing is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, wipe } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { graphSnapshot } from '../helpers/graph-snapshot.js';
import { runCli } from './run-cli.js';
import { exportGraph } from '../../server/src/backup/export-graph.js';
import { readBackup } from '../../server/src/backup/read-backup.js';
import { BackupError } from '../../server/src/backup/backup-error.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const WCC = 'org:worcester-city-council';
const EXPORT = 'server/src/backup/export-cli.ts';
const RESTORE = 'server/src/backup/restore-cli.ts';

let dir = '';
let backupFile = '';
let before = '';
let beforeChecksum = '';
let counts = { nodes: 0, relationships: 0 };
let typesBefore: string[] = [];

const sortedSnapshot = async (): Promise<string> =>
  (await graphSnapshot(db)).split('\n').sort().join('\n');

async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.query<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: -1, relationships: -1 };
}

/** Every property's value type, so a restored 42 cannot quietly become 42.0 or a string. */
async function valueTypes(): Promise<string[]> {
  const rows = await db.query<{ t: string }>(
    `MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT apoc.coll.sort(labels(n))[0] + '.' + k + ': ' + valueType(n[k]) AS t
     UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) + '.' + k + ': ' + valueType(r[k]) AS t`,
  );
  return rows.map((r) => r.t).sort();
}

function checksumOf(stdout: string): string {
  return /SHA-256[^:]*: ([0-9a-f]{64})/.exec(stdout)?.[1] ?? '';
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-backup-'));
  backupFile = path.join(dir, 'graph.jsonl');
  // Writes through the API leave audit entries; a user is created; a probe node carries every
  // kind of value Neo4j stores.
  const planner = await api.tokenFor({
    sub: 'planner@test.org',
    roles: ['planner'],
    authority: WCC,
  });
  const admin = await api.tokenFor({ sub: 'admin@test.org', roles: ['admin'] });
  const [task] = await db.query<{ key: string }>(
    'MATCH (t:Task)-[:IN_PLAN]->(:Plan {authority: $wcc}) RETURN t.key AS key ORDER BY key LIMIT 1',
    { wcc: WCC },
  );
  const status = await api.graphql(
    'mutation($k: String!) { setTaskStatus(key: $k, status: in_progress, notes: "backup test") { status } }',
    { k: task?.key },
    planner,
  );
  expect(status.body.errors).toBeUndefined();
  const user = await api.graphql(
    'mutation { createUser(email: "restored@test.org", password: "a-long-password-42", role: "viewer") { email } }',
    {},
    admin,
  );
  expect(user.body.errors).toBeUndefined();
  await db.query(
    `MATCH (t:Task {key: $task})
     CREATE (p:BackupProbe {key: 'probe:types', i: 42, f: 42.0, big: 9007199254740993,
       d: date('2024-02-29'), dt: datetime('2024-06-01T12:00:00.123456789[Europe/London]'),
       dto: datetime('2024-01-01T00:00:00+05:30'), ldt: localdatetime('2024-01-01T23:59:59'),
       t: time('12:00:00+01:00'), lt: localtime('23:59:59.999'), dur: duration('P1Y2M3DT4H5M6.007S'),
       p: point({x: 1.5, y: 2}), p3: point({latitude: 52.19, longitude: -2.22, height: 30}),
       ints: [1, 2, 3], floats: [1.0, 2.5], strs: ['a', 'b'], bools: [true, false],
       s: 'unicode ✓ \n "quoted" \\\\ <b>'})
     CREATE (p)-[:PROBE_LINK {at: datetime('2024-05-01T10:00:00Z'), weight: 1, share: 0.5}]->(t)`,
    { task: task?.key },
  );
  before = await sortedSnapshot();
  counts = await graphCounts();
  typesBefore = await valueTypes();
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('writes every node and relationship, with the audit trail, users and provenance', async () => {
    const result = await runCli(EXPORT, ['--out', backupFile], db.connection);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    beforeChecksum = checksumOf(result.stdout);
    expect(beforeChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(result.stdout).toContain(
      `Exported ${counts.nodes} nodes and ${counts.relationships} relationships`,
    );
    const text = fs.readFileSync(backupFile, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(counts.nodes + counts.relationships + 2);
    const labels = new Set(
      lines.flatMap((l) => (JSON.parse(l) as { labels?: string[] }).labels ?? []),
    );
    for (const label of ['AuditEvent', 'User', 'Source', 'Task', 'Plan', 'BackupProbe'])
      expect(labels, label).toContain(label);
    expect(text).toContain('"FROM"');
    expect(fs.statSync(backupFile).mode & 0o077).toBe(0);
  });

  it('gives the same file body again when nothing changed (a canonical order)', async () => {
    const { lines, summary } = await exportGraph(db.driver, db.database);
    expect(summary.sha256).toBe(beforeChecksum);
    expect(lines.slice(1)).toEqual(
      fs.readFileSync(backupFile, 'utf8').trimEnd().split('\n').slice(1),
    );
  });
});

describe('npm run restore', () => {
  it('refuses a database that is not empty, says to use --force, and changes nothing', async () => {
    const result = await runCli(RESTORE, [backupFile], db.connection);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already holds \d+ nodes[\s\S]*--force/);
    expect(await sortedSnapshot()).toBe(before);
  });

  it('refuses a damaged, cut-short or foreign file before touching the database', async () => {
    await wipe(db.driver, db.database);
    const lines = fs.readFileSync(backupFile, 'utf8').trimEnd().split('\n');
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
    const result = await runCli(RESTORE, [cut], db.connection);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cut short[\s\S]*Nothing was written/);
    const cases: [string, RegExp][] = [
      [lines.join('\n').replace('"in_progress"', '"done"'), /checksum/],
      ['name,title\nx,y\n', /not a backup/],
      ['', /empty/],
      [[...lines.slice(0, 2), '{"node": 7', ...lines.slice(2)].join('\n'), /Line 3 is not a JSON/],
      [lines.join('\n').replace('"labels":["', '"labels":["`; DROP'), /labels/],
    ];
    for (const [text, message] of cases) {
      expect(() => readBackup(text)).toThrow(message);
      expect(() => readBackup(text)).toThrow(BackupError);
    }
    expect((await graphCounts()).nodes).toBe(0);
  });

  it('restores into an empty database the same graph: counts, checksum, snapshot and value types', async () => {
    await wipe(db.driver, db.database);
    const result = await runCli(RESTORE, [backupFile], db.connection);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await graphCounts()).toEqual(counts);
    expect(await sortedSnapshot()).toBe(before);
    expect(await valueTypes()).toEqual(typesBefore);
    expect((await exportGraph(db.driver, db.database)).summary.sha256).toBe(beforeChecksum);
  });

  it('keeps every value its type: integers, floats, dates, times, durations and points', async () => {
    const [probe] = await db.query<Record<string, string>>(
      `MATCH (p:BackupProbe)-[l:PROBE_LINK]->() RETURN valueType(p.i) AS i, valueType(p.f) AS f,
         toString(p.big) AS big, valueType(p.d) AS d, toString(p.dt) AS dt, toString(p.dto) AS dto,
         valueType(p.ldt) AS ldt, toString(p.t) AS t, valueType(p.lt) AS lt, toString(p.dur) AS dur,
         valueType(p.p) AS p, toString(p.p3) AS p3, valueType(p.ints) AS ints,
         valueType(p.floats) AS floats, p.s AS s, valueType(l.weight) AS weight, valueType(l.at) AS at`,
    );
    expect(probe).toEqual({
      i: 'INTEGER NOT NULL',
      f: 'FLOAT NOT NULL',
      big: '9007199254740993',
      d: 'DATE NOT NULL',
      dt: '2024-06-01T12:00:00.123456789+01:00[Europe/London]',
      dto: '2024-01-01T00:00:00+05:30',
      ldt: 'LOCAL DATETIME NOT NULL',
      t: '12:00:00+01:00',
      lt: 'LOCAL TIME NOT NULL',
      dur: 'P1Y2M3DT4H5M6.007S',
      p: 'POINT NOT NULL',
      p3: "point({x: -2.22, y: 52.19, z: 30.0, crs: 'wgs-84-3d'})",
      ints: 'LIST<INTEGER NOT NULL> NOT NULL',
      floats: 'LIST<FLOAT NOT NULL> NOT NULL',
      s: 'unicode ✓ \n "quoted" \\ <b>',
      weight: 'INTEGER NOT NULL',
      at: 'ZONED DATETIME NOT NULL',
    });
    const [types] = await db.query<{ row: string; at: string }>(
      'MATCH (t:Task), (e:AuditEvent) RETURN valueType(t.row) AS row, valueType(e.at) AS at LIMIT 1',
    );
    expect(types).toEqual({ row: 'INTEGER NOT NULL', at: 'ZONED DATETIME NOT NULL' });
  });

  it('restores users who can sign in again with their password', async () => {
    const { body } = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "restored@test.org", password: "a-long-password-42") { token } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.login.token).toBeTruthy();
  });

  it('replaces a non-empty database with --force, in one go', async () => {
    await db.query("CREATE (:Stray {key: 'stray:1'})");
    const result = await runCli(RESTORE, [backupFile, '--force'], db.connection);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/replacing \d+ nodes/);
    expect(await sortedSnapshot()).toBe(before);
  });
});
