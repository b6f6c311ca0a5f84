// The cache of read answers (server/src/http/read-cache.ts) against the real server and Neo4j: a
// repeated read is served from it, yet no answer is ever older than the last write acknowledged
// before the request was sent, whoever made the write (this server, or another driver), and no
// identity is ever served another's answer.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer, type TestServer } from './helpers/server.js';
import { connect } from '../server/src/db/connect.js';
import { readConfig } from '../server/src/config.js';
import { CACHE_HEADER } from '../server/src/http/read-cache.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });
const uncached = useTestServer(db, { readCache: readConfig({ READ_CACHE: 'off' }).readCache });

const WCC = 'org:worcester-city-council';
const PARTY = 'org:worcester-cares';
const PARTNER_VIEW = `query Partner($key: String!) { partnerView(key: $key) { party { key name } aliases tasks { key status } } }`;

interface Answer {
  cache: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** A query to one of the test servers, with whether its answer came from the cache. */
async function post(
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const response = await server.graphql(query, variables, token);
  return { cache: response.headers.get(CACHE_HEADER), body: response.body as Answer['body'] };
}

const read = (token?: string) => post(api, PARTNER_VIEW, { key: PARTY }, token);
const aliasesOf = (answer: Answer) =>
  (answer.body.data?.partnerView as { aliases: string[] } | undefined)?.aliases;

/** A second driver: another process's writes, as the importer CLI or a restore would make. */
let other: Driver;
beforeAll(async () => {
  other = await connect(db.connection);
});
afterAll(async () => {
  await other?.close();
});

async function setAliasesElsewhere(aliases: string[]): Promise<void> {
  await other.executeQuery('MATCH (p:Party {key: $key}) SET p.aliases = $aliases', {
    key: PARTY,
    aliases,
  });
}

describe('the read cache', () => {
  it('serves a repeated read from the cache, with the same answer', async () => {
    const first = await read();
    expect(first.body.errors).toBeUndefined();
    const second = await read();
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(api.readCache.stats().hits).toBeGreaterThan(0);
  });

  it("shows another driver's write on the next request", async () => {
    await read();
    expect((await read()).cache).toBe('hit');
    await setAliasesElsewhere(['written elsewhere']);
    const after = await read();
    expect(after.cache).toBe('miss');
    expect(aliasesOf(after)).toEqual(['written elsewhere']);
    expect((await read()).cache).toBe('hit');
  });

  it('shows a mutation through the API on the next read', async () => {
    const planner = await api.tokenFor({
      sub: 'planner@test.org',
      roles: ['planner'],
      authority: WCC,
    });
    const tasks = `query { tasks(where: { key: { eq: $key } }) { key status } }`;
    const view = await read();
    const task = (view.body.data?.partnerView as { tasks: { key: string; status: string }[] })
      .tasks[0]!;
    const taskQuery = tasks.replace('$key', JSON.stringify(task.key));
    await post(api, taskQuery);
    expect((await post(api, taskQuery)).cache).toBe('hit');
    const status = task.status === 'done' ? 'in_progress' : 'done';
    const changed = await post(
      api,
      `mutation($key: String!, $status: TaskStatus!) { setTaskStatus(key: $key, status: $status) { key status } }`,
      { key: task.key, status },
      planner,
    );
    expect(changed.body.errors).toBeUndefined();
    const after = await post(api, taskQuery);
    expect(after.cache).toBe('miss');
    expect(after.body.data?.tasks).toEqual([{ key: task.key, status }]);
    const viewAfter = await read();
    expect(
      (viewAfter.body.data?.partnerView as { tasks: { key: string; status: string }[] }).tasks[0],
    ).toEqual({ key: task.key, status });
  });

  it("never serves one identity's answer to another", async () => {
    const partnerA = await api.tokenFor({
      sub: 'a@test.org',
      roles: ['partner'],
      organisation: 'org:worcester-cares',
    });
    const partnerB = await api.tokenFor({
      sub: 'b@test.org',
      roles: ['partner'],
      organisation: 'org:st-pauls-hostel',
    });
    const me = 'query { me { email organisation } }';
    const asA = await post(api, me, {}, partnerA);
    expect(asA.cache).toBe('miss');
    expect((await post(api, me, {}, partnerA)).cache).toBe('hit');
    const asB = await post(api, me, {}, partnerB);
    expect(asB.cache).toBe('miss');
    expect(asB.body.data?.me).toEqual({ email: 'b@test.org', organisation: 'org:st-pauls-hostel' });
    const anonymous = await post(api, me);
    expect(anonymous.cache).toBe('miss');
    expect(anonymous.body.data?.me).toBeNull();
    // And the other way round: the anonymous answer, now cached, is not A's.
    expect((await post(api, me)).cache).toBe('hit');
    const againA = await post(api, me, {}, partnerA);
    expect(againA.cache).toBe('hit');
    expect(againA.body.data?.me).toEqual({
      email: 'a@test.org',
      organisation: 'org:worcester-cares',
    });
    // A read only planners may make: refused to a partner, whoever was answered before.
    const planner = await api.tokenFor({ sub: 'p@test.org', roles: ['planner'], authority: WCC });
    const audit = 'query { auditTrail(limit: 1) { operation } }';
    expect((await post(api, audit, {}, planner)).body.errors).toBeUndefined();
    expect((await post(api, audit, {}, planner)).cache).toBe('hit');
    const refused = await post(api, audit, {}, partnerA);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await post(api, audit)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not keep an answer with errors, and the limits still refuse', async () => {
    const tooMany = 'query { organisations(limit: 5000) { key } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(api, tooMany);
      expect(answer.cache).toBe('miss');
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const missing = 'query { partnerView(key: "org:nobody") { party { key } } missing }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(api, missing);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('keeps nothing with READ_CACHE=off', async () => {
    const first = await post(uncached, PARTNER_VIEW, { key: PARTY });
    const second = await post(uncached, PARTNER_VIEW, { key: PARTY });
    expect(first.cache).toBeNull();
    expect(second.cache).toBeNull();
    expect(second.body).toEqual(first.body);
    expect(uncached.readCache.stats()).toMatchObject({ hits: 0, misses: 0, entries: 0 });
  });

  it('never answers a request sent after a write was acknowledged with what was there before', async () => {
    // Rounds of: a write by another driver; once it is acknowledged, a burst of reads, while the
    // previous round's reads are still in flight (they may see either value). Every read sent
    // after the acknowledgement of write i must see write i (or a later one).
    await setAliasesElsewhere(['round 0']);
    await read();
    const checks: Promise<void>[] = [];
    const inFlight: Promise<Answer>[] = [];
    for (let round = 1; round <= 8; round++) {
      inFlight.push(...Array.from({ length: 10 }, () => read()));
      await setAliasesElsewhere([`round ${round}`]);
      for (let i = 0; i < 10; i++) {
        checks.push(
          read().then((answer) => {
            const seen = Number(aliasesOf(answer)?.[0]?.replace('round ', '') ?? -1);
            expect(seen, `a read sent after write ${round} saw ${seen}`).toBeGreaterThanOrEqual(
              round,
            );
          }),
        );
      }
    }
    await Promise.all([...checks, ...inFlight]);
    // The cache was used along the way, not bypassed.
    const hits = (await Promise.all([read(), read()])).filter((a) => a.cache === 'hit');
    expect(hits.length).toBeGreaterThan(0);
  });
});
