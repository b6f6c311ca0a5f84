import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, createReadCache, CACHE_HEADER } from './read-cache.js';
import { createTokenSigner } from '../auth/tokens.js';

describe('classify', () => {
  const kind = (query: string, name?: string) => classify(parse(query), name);

  it('caches queries, not mutations, subscriptions or the writing queries', () => {
    expect(kind('{ partnerView(key: "a") { tasks { key } } }')).toBe('cacheable');
    expect(kind('query Q { me { email } organisations { key } }')).toBe('cacheable');
    expect(kind('mutation { setTaskStatus(key: "a", status: done) { key } }')).toBe('mutation');
    expect(kind('subscription { x }')).toBe('other');
    expect(kind('{ analysis { findings { id } } }')).toBe('other');
    expect(kind('{ tasks { key } evidencePack(scope: plan, format: md) { content } }')).toBe(
      'other',
    );
  });

  it('looks through fragments and inline fragments at the root', () => {
    expect(kind('query { ...F } fragment F on Query { analysis { findings { id } } }')).toBe(
      'other',
    );
    expect(
      kind('query { ... on Query { evidencePack(scope: plan, format: md) { content } } }'),
    ).toBe('other');
    expect(kind('query { ...F } fragment F on Query { tasks { key } }')).toBe('cacheable');
    expect(kind('query { ...Missing }')).toBe('other');
  });

  it('uses the operation the request names', () => {
    const doc = 'query A { tasks { key } } mutation B { deleteTasks { nodesDeleted } }';
    expect(kind(doc, 'A')).toBe('cacheable');
    expect(kind(doc, 'B')).toBe('mutation');
    expect(kind(doc)).toBe('other'); // ambiguous: Apollo refuses it
    expect(kind(doc, 'C')).toBe('other');
  });
});

describe('the read cache middleware (with a stand-in for Apollo)', () => {
  let url = '';
  let server: http.Server;
  let graphVersion = 'v1';
  let executed = 0;
  const signer = createTokenSigner('unit-test-secret-0123456789abcdefghij', 3600);
  const cache = createReadCache({
    config: { enabled: true, maxEntries: 3, maxBytes: 64 * 1024 },
    signer,
    version: { current: async () => graphVersion },
    databaseOpen: () => true,
    maxTokens: 4000,
  });

  beforeAll(async () => {
    const app = express();
    app.use(express.json(), cache.middleware, (req, res) => {
      executed++;
      const n = executed;
      const body = req.body as {
        query: string;
        variables?: { fail?: boolean; size?: number; delayMs?: number };
      };
      const answer = () => {
        res.type('application/json');
        if (body.variables?.fail) return res.send(JSON.stringify({ errors: [{ message: 'no' }] }));
        res.send(JSON.stringify({ data: { n, pad: 'x'.repeat(body.variables?.size ?? 0) } }));
      };
      // A slow answer, so that requests can arrive while it is on its way.
      if (body.variables?.delayMs) setTimeout(answer, body.variables.delayMs);
      else answer();
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      cache: response.headers.get(CACHE_HEADER),
      body: (await response.json()) as { data?: { n: number } },
    };
  };

  it('serves a repeated read from the cache until the version changes', async () => {
    const first = await post('{ a }');
    expect(first.cache).toBe('miss');
    const second = await post('{ a }');
    expect(second).toEqual({ cache: 'hit', body: first.body });
    graphVersion = 'v2';
    const third = await post('{ a }');
    expect(third.cache).toBe('miss');
    expect(third.body.data?.n).not.toBe(first.body.data?.n);
  });

  it('keeps identities apart and refuses a bad token to the cache', async () => {
    const token = (await signer.sign({ sub: 'p@x', roles: ['partner'], organisation: 'org:a' }))
      .token;
    await post('{ who }');
    expect((await post('{ who }')).cache).toBe('hit');
    expect((await post('{ who }', {}, token)).cache).toBe('miss');
    expect((await post('{ who }', {}, token)).cache).toBe('hit');
    expect((await post('{ who }', {}, 'forged')).cache).toBeNull();
  });

  it('does not keep answers with errors, and forgets everything after a mutation', async () => {
    await post('{ e }', { fail: true });
    expect((await post('{ e }', { fail: true })).cache).toBe('miss');
    await post('{ m }');
    expect((await post('{ m }')).cache).toBe('hit');
    expect((await post('mutation { change }')).cache).toBeNull();
    expect((await post('{ m }')).cache).toBe('miss');
  });

  it('holds at most maxEntries answers and maxBytes, least recently used out first', async () => {
    graphVersion = 'v3';
    for (const q of ['{ q1 }', '{ q2 }', '{ q3 }']) await post(q);
    await post('{ q1 }'); // q1 is now the most recent
    await post('{ q4 }'); // pushes out q2
    expect(cache.stats().entries).toBe(3);
    expect((await post('{ q1 }')).cache).toBe('hit');
    expect((await post('{ q2 }')).cache).toBe('miss');
    await post('{ big }', { size: 9 * 1024 }); // more than an eighth of 64 KB: not kept
    expect((await post('{ big }', { size: 9 * 1024 })).cache).toBe('miss');
    expect(cache.stats().bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('sends identical reads that arrive together to Apollo once and shares its answer', async () => {
    graphVersion = 'v4';
    const before = executed;
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => post('{ together }', { delayMs: 150 })),
    );
    expect(executed - before).toBe(1);
    expect(answers.map((a) => a.cache).sort()).toEqual([
      'miss',
      'shared',
      'shared',
      'shared',
      'shared',
      'shared',
    ]);
    expect(new Set(answers.map((a) => a.body.data?.n)).size).toBe(1);
    expect(cache.stats().shared).toBeGreaterThanOrEqual(5);
    // Another version is another request: it is not given the answer in flight for the old one.
    const old = post('{ versions }', { delayMs: 150 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    graphVersion = 'v5';
    const fresh = await post('{ versions }', { delayMs: 150 });
    expect(fresh.cache).toBe('miss');
    expect((await old).body.data?.n).not.toBe(fresh.body.data?.n);
  });

  it('shares no answer with errors, and none computed before a mutation', async () => {
    const before = executed;
    const failing = await Promise.all(
      Array.from({ length: 3 }, () => post('{ failing }', { fail: true, delayMs: 100 })),
    );
    expect(failing.map((a) => a.cache)).toEqual(['miss', 'miss', 'miss']);
    expect(executed - before).toBe(3);

    const first = post('{ mutated }', { delayMs: 200 });
    const waiting = post('{ mutated }', { delayMs: 200 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await post('mutation { change }');
    // The first answer was read before the mutation: the one waiting for it asks Apollo itself.
    expect((await waiting).cache).toBe('miss');
    expect((await first).body.data?.n).not.toBe((await waiting).body.data?.n);
  });

  it('keeps nothing while switched off', async () => {
    cache.setEnabled(false);
    await post('{ off }');
    expect((await post('{ off }')).cache).toBeNull();
    expect(cache.stats().entries).toBe(0);
    cache.setEnabled(true);
  });
});

describe('the read cache when the database does not answer', () => {
  it('reports it (so the next requests are refused at once) and passes the request on', async () => {
    let reported = 0;
    let passedOn = 0;
    const cache = createReadCache({
      config: { enabled: true, maxEntries: 3, maxBytes: 64 * 1024 },
      signer: createTokenSigner('unit-test-secret-0123456789abcdefghij', 3600),
      version: { current: () => Promise.reject(new Error('timed out')) },
      databaseOpen: () => true,
      reportUnavailable: () => {
        reported++;
      },
      maxTokens: 4000,
    });
    const app = express();
    app.use(express.json(), cache.middleware, (_req, res) => {
      passedOn++;
      res.json({ errors: [{ message: 'unavailable' }] });
    });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ a }' }),
      });
      expect(response.headers.get(CACHE_HEADER)).toBeNull();
      expect(reported).toBe(1);
      expect(passedOn).toBe(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
