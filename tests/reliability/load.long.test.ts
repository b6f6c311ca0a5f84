// Load: 100 concurrent clients for 60 seconds against the seeded server, a mix of reads and a
// planner's writes. No request fails, and afterwards every acknowledged write is in the graph.
// LOAD_CLIENTS and LOAD_SECONDS change the size (for a quick try: LOAD_SECONDS=10).
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { missingWrites, runLoad, staleTasks, type LoadResult } from './load-runner.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const WCC = 'org:worcester-city-council';
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);

let result: LoadResult;
let tasks: string[] = [];

beforeAll(
  async () => {
    // One task of the council's plan per client, so each client's last status write must stay.
    const rows = await db.query<{ key: string }>(
      `MATCH (p:Plan {authority: $wcc}) WITH p LIMIT 1
     UNWIND range(1, $n) AS i
     CREATE (t:Task {key: 'task:load/' + i, title: 'Load task ' + i})-[:IN_PLAN]->(p)
     RETURN t.key AS key ORDER BY i`,
      { wcc: WCC, n: CLIENTS },
    );
    tasks = rows.map((r) => r.key);
    const parties = (
      await db.query<{ key: string }>(
        'MATCH (o:Organisation) RETURN o.key AS key ORDER BY key LIMIT 20',
      )
    ).map((r) => r.key);
    const token = await api.tokenFor({ sub: 'load@test.org', roles: ['planner'], authority: WCC });
    result = await runLoad({
      url: api.url,
      token,
      clients: CLIENTS,
      durationMs: SECONDS * 1000,
      tasks,
      parties,
      writeShare: 0.3,
    });
    const seconds = (result.endedAt - result.startedAt) / 1000;
    console.log(
      `load: ${CLIENTS} clients, ${seconds.toFixed(0)} s, ${result.requests} requests ` +
        `(${(result.requests / seconds).toFixed(0)}/s), ${result.reads} reads, ` +
        `${result.writes.length} acknowledged writes, ${result.errors.length} errors; latency ${JSON.stringify(result.latency)}`,
    );
  },
  (SECONDS + 240) * 1000,
);

describe(`${CLIENTS} concurrent clients for ${SECONDS} s`, () => {
  it('ran the whole time with both reads and writes', () => {
    expect(result.endedAt - result.startedAt).toBeGreaterThanOrEqual(SECONDS * 1000);
    expect(result.reads).toBeGreaterThan(CLIENTS);
    expect(result.writes.filter((w) => w.kind === 'status').length).toBeGreaterThan(CLIENTS);
    expect(result.writes.filter((w) => w.kind === 'raci').length).toBeGreaterThan(10);
  });

  it('had no errors', () => {
    expect(result.errors.slice(0, 5)).toEqual([]);
  });

  it('left every acknowledged write in the graph', async () => {
    expect(await missingWrites(result.writes, (c, p) => db.query(c, p))).toEqual([]);
    const [count] = await db.query<{ n: number }>(
      "MATCH (e:AuditEvent {operation: 'setTaskStatus'}) WHERE e.variables CONTAINS '\"notes\":\"load-c' RETURN count(e) AS n",
    );
    expect(count?.n).toBe(result.writes.filter((w) => w.kind === 'status').length);
  });

  it("left each task with its client's last acknowledged status write", async () => {
    expect(await staleTasks(result.writes, (c, p) => db.query(c, p))).toEqual([]);
  });

  it('is still healthy', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
  });
});
