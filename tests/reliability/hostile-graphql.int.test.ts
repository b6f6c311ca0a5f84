// Hostile GraphQL: more than fifty requests a careless or malicious client might send to the
// production server (deep nesting, alias and batch explosions, huge lists, wrong types, oversized
// bodies, introspection, directive floods, fragment cycles, unknown operations, GET mutations,
// malformed JSON, null bytes, very long strings). Each is refused with a clear error (a code in
// extensions, or a 4xx with a JSON body), none with a 5xx or any data; a few that only look
// hostile are answered correctly; and afterwards the server is healthy and answers a normal query.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { production: true });

beforeAll(async () => {
  await db.query(
    `CREATE (p:Plan {key: 'plan:hostile', title: 'Hostile plan', authority: 'org:x'})
     CREATE (t:Task {key: 'task:hostile', title: 'Only task'})-[:IN_PLAN]->(p)
     CREATE (t)-[:MEASURED_BY]->(:Measure {key: 'measure:hostile', text: 'Counted', order: 1})
     CREATE (:Organisation:Party {key: 'org:hostile', name: 'Hostile Org'})`,
  );
});

interface HostileRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A JSON body (stringified here), or a raw string body. */
  json?: unknown;
  raw?: string;
  /** Query string for GET. */
  search?: Record<string, string>;
}

const nest = (depth: number, inner: string): string => {
  let selection = inner;
  for (let i = 0; i < depth; i += 1) selection = `measures { tasks { ${selection} } }`;
  return `{ tasks { ${selection} } }`;
};
const partyNest = (depth: number): string => {
  let selection = 'key';
  for (let i = 0; i < depth; i += 1)
    selection = `responsible { ... on Organisation { responsibleFor { ${selection} } } }`;
  return `{ tasks { ${selection} } }`;
};
const aliases = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: organisations { key }`).join(' ')} }`;
const q = (query: string, variables?: unknown): HostileRequest => ({
  json: variables === undefined ? { query } : { query, variables },
});

const CASES: [string, HostileRequest][] = [
  // Depth.
  ['nesting 13 levels deep', q(nest(6, 'key'))],
  ['nesting 60 levels deep', q(nest(30, 'key'))],
  ['nesting 500 levels deep', q(nest(250, 'key'))],
  [
    'nesting hidden in fragments',
    q(
      `{ tasks { ...A } } fragment A on Task { measures { tasks { ...B } } } fragment B on Task { measures { tasks { measures { tasks { measures { tasks { measures { tasks { measures { tasks { measures { tasks { key } } } } } } } } } } } } }`,
    ),
  ],
  ['nesting through inline fragments on a union of parties', q(partyNest(7))],
  ['ten thousand opening braces', q('{'.repeat(10_000))],
  [
    'a selection set nested 3,000 deep in one line',
    q(`{ tasks ${'{ measures '.repeat(3000)}${'}'.repeat(3001)}`),
  ],

  // Aliases and batches.
  ['16 aliases', q(aliases(16))],
  ['1,000 aliases', q(aliases(1000))],
  [
    '5,000 aliased __typename',
    q(`{ ${Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ')} }`),
  ],
  [
    'aliases multiplied through a fragment spread many times',
    q(
      `{ ${Array.from({ length: 14 }, (_, i) => `x${i}: tasks { ...F }`).join(' ')} } fragment F on Task { ${Array.from({ length: 14 }, (_, i) => `m${i}: measures { key }`).join(' ')} }`,
    ),
  ],
  [
    'a batch of two operations',
    { json: [{ query: '{ plans { key } }' }, { query: '{ tasks { key } }' }] },
  ],
  [
    'a batch of a thousand operations',
    { json: Array.from({ length: 1000 }, () => ({ query: '{ plans { key } }' })) },
  ],
  ['the same field 3,000 times', q(`{ ${'plans { key } '.repeat(3000)}}`)],

  // Lists and sizes.
  [
    'a list of keys over the body limit',
    q('query($k: [String!]) { organisations(where: { key: { in: $k } }) { key } }', {
      k: Array.from({ length: 120_000 }, (_, i) => `org:${i}`),
    }),
  ],
  ['a body of 2 MB', q('{ plans { key } }', { padding: 'x'.repeat(2_000_000) })],
  ['a query string of 1.5 MB', q(`{ plans { key } } # ${'x'.repeat(1_500_000)}`)],
  ['4,500 tokens', q(`{ organisations { ${'key '.repeat(4500)}} }`)],
  ['a limit of a million on a generated list', q('{ organisations(limit: 1000000) { key } }')],
  [
    'a limit of a million passed as a variable',
    q('query($n: Int) { tasks(limit: $n) { key } }', { n: 1_000_000 }),
  ],
  [
    'a connection asking for the first million',
    q('{ tasksConnection(first: 1000000) { edges { node { key } } } }'),
  ],
  [
    'a big limit nested under lists without one',
    q('{ plans { objectives { tasks(limit: 100000) { key } } } }'),
  ],
  [
    'nested limits each allowed that multiply to a billion rows',
    q(
      '{ tasks(limit: 1000) { responsible { ... on Organisation { responsibleFor(limit: 1000) { consulted { ... on Organisation { consultedOn(limit: 1000) { key } } } } } } } }',
    ),
  ],
  [
    'a list of 100,000 strings for an Int',
    q('query($n: Int) { search(text: "x", limit: $n) { key } }', {
      n: Array.from({ length: 100_000 }, () => 'x'),
    }),
  ],
  [
    'a list nested 2,000 deep in variables',
    {
      raw: `{"query":"query($n: Int) { search(text: \\"x\\", limit: $n) { key } }","variables":{"n":${'['.repeat(2000)}1${']'.repeat(2000)}}}`,
    },
  ],

  // Wrong types.
  [
    'a string for an Int',
    q('query($n: Int) { search(text: "x", limit: $n) { key } }', { n: 'many' }),
  ],
  [
    'an Int beyond 32 bits',
    q('query($n: Int) { search(text: "x", limit: $n) { key } }', { n: 1e100 }),
  ],
  ['a float for an Int literal', q('{ search(text: "x", limit: 1.5) { key } }')],
  [
    'an object for a String',
    q('query($t: String!) { search(text: $t) { key } }', { t: { $gt: '' } }),
  ],
  [
    'null for a required variable',
    q('query($t: String!) { search(text: $t) { key } }', { t: null }),
  ],
  ['a required variable left out', q('query($t: String!) { search(text: $t) { key } }')],
  ['a variable of a type that does not exist', q('query($t: Nope) { search(text: "x") { key } }')],
  [
    'an enum value that does not exist',
    q('mutation { setTaskStatus(key: "task:hostile", status: flying) { status } }'),
  ],
  ['an argument that does not exist', q('{ search(text: "x", drop: true) { key } }')],

  // Introspection and suggestions in production.
  ['__schema in production', q('{ __schema { types { name } } }')],
  ['__type in production', q('{ __type(name: "Task") { fields { name } } }')],
  ['__schema behind an alias', q('{ s: __schema { queryType { name } } }')],
  [
    '__schema inside a fragment',
    q('{ ...F } fragment F on Query { __schema { queryType { name } } }'),
  ],
  ['a misspelt field (no suggestions in production)', q('{ organisatons { key } }')],

  // Directives and fragments.
  ['a flood of 50 directives', q(`{ plans ${'@include(if: true) '.repeat(50)}{ key } }`)],
  ['a directive that does not exist', q('{ plans @nope { key } }')],
  ['@skip with a string argument', q('{ plans @skip(if: "yes") { key } }')],
  ['a fragment cycle', q('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')],
  [
    'a fragment that spreads itself',
    q('{ tasks { ...A } } fragment A on Task { measures { tasks { ...A } } }'),
  ],
  ['a fragment that does not exist', q('{ tasks { ...Missing } }')],
  ['a fragment never used', q('{ plans { key } } fragment Unused on Plan { key }')],
  ['a fragment on a type that does not exist', q('{ ...F } fragment F on Nothing { key }')],

  // Operations.
  [
    'an operation name that is not in the document',
    { json: { query: 'query A { plans { key } }', operationName: 'B' } },
  ],
  ['two operations and no name', q('query A { plans { key } } query B { tasks { key } }')],
  ['two anonymous operations', q('{ plans { key } } { tasks { key } }')],
  ['a subscription', q('subscription { plans { key } }')],
  ['an empty query', q('')],
  ['no query at all', { json: { variables: {} } }],
  ['a number for the query', { json: { query: 42 } }],
  ['a string for the variables', { json: { query: '{ plans { key } }', variables: 'x' } }],
  [
    'a mutation sent with GET',
    {
      method: 'GET',
      search: { query: 'mutation { login(email: "a@b.c", password: "x") { token } }' },
    },
  ],
  ['a GET with no query', { method: 'GET', search: {} }],
  ['a PUT', { method: 'PUT', json: { query: '{ plans { key } }' } }],
  [
    'a plain-text POST (no CSRF)',
    { headers: { 'content-type': 'text/plain' }, raw: '{"query":"{ plans { key } }"}' },
  ],

  // Bodies and strings.
  ['malformed JSON', { raw: '{"query": "{ plans { key } }"' }],
  ['JSON null', { raw: 'null' }],
  ['a JSON array of numbers', { raw: '[1, 2, 3]' }],
  ['a null byte in the query', q('{ plans\u0000 { key } }')],
  ['a null byte in a name', q('{ pla\u0000ns { key } }')],
  ['a field name of 100,000 characters', q(`{ ${'f'.repeat(100_000)} }`)],
  [
    'a search text of 900,000 characters',
    q('query($t: String!) { search(text: $t) { key } }', { t: 'a'.repeat(900_000) }),
  ],
  ['an unterminated string', q('{ search(text: "x) { key } }')],

  // Signing in.
  [
    'a mutation with no token',
    q('mutation { setTaskStatus(key: "task:hostile", status: done) { status } }'),
  ],
  [
    'a forged token',
    {
      headers: {
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbImFkbWluIl19.',
      },
      json: { query: '{ plans { key } }' },
    },
  ],
  [
    'Basic authentication',
    { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, json: { query: '{ plans { key } }' } },
  ],
  [
    'a token of 100,000 characters',
    {
      headers: { authorization: `Bearer ${'a'.repeat(100_000)}` },
      json: { query: '{ plans { key } }' },
    },
  ],
];

/**
 * Hostile-looking but legitimate: within the limits, so answered correctly, promptly and without
 * a 5xx (a search for Lucene syntax is text to look for, not a query to run).
 */
const ANSWERED: [string, HostileRequest, (data: Record<string, unknown> | undefined) => void][] = [
  [
    'a search text of Lucene syntax',
    q('query($t: String!) { search(text: $t) { key } }', { t: '*:* OR title:/.*/~ AND (((((' }),
    (data) => expect(data?.search).toEqual([]),
  ],
  [
    'a search text with a null byte',
    q('query($t: String!) { search(text: $t) { key } }', { t: 'Only\u0000task' }),
    (data) => expect(Array.isArray(data?.search)).toBe(true),
  ],
  [
    'deep relationships with limits, within the depth, cost and list limits',
    q(
      '{ tasks(limit: 1000) { responsible { ... on Organisation { responsibleFor(limit: 10) { consulted { ... on Organisation { consultedOn(limit: 5) { key } } } } } } } }',
    ),
    (data) => expect(data?.tasks).toEqual([{ responsible: [] }]),
  ],
  [
    'a large query: a filter of 300 alternatives, 3,000 tokens',
    q(
      `{ organisations(where: { OR: [${Array.from({ length: 299 }, (_, i) => `{ key: { eq: "org:${i}" } }`).join(', ')}, { key: { eq: "org:hostile" } }] }) { key } }`,
    ),
    (data) => expect(data?.organisations).toEqual([{ key: 'org:hostile' }]),
  ],
  [
    'a list of 50,000 keys under the body limit',
    q('query($k: [String!]) { organisations(where: { key: { in: $k } }) { key } }', {
      k: [...Array.from({ length: 50_000 }, (_, i) => `org:${i}`), 'org:hostile'],
    }),
    (data) => expect(data?.organisations).toEqual([{ key: 'org:hostile' }]),
  ],
];

async function send(request: HostileRequest): Promise<{ status: number; text: string }> {
  const method = request.method ?? 'POST';
  const url = new URL(`${api.url}/graphql`);
  for (const [k, v] of Object.entries(request.search ?? {})) url.searchParams.set(k, v);
  const body =
    method === 'GET'
      ? undefined
      : (request.raw ?? (request.json === undefined ? undefined : JSON.stringify(request.json)));
  const response = await fetch(url, {
    method,
    headers: {
      ...(method === 'GET' ? { 'apollo-require-preflight': 'true' } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...request.headers,
    },
    ...(body !== undefined ? { body } : {}),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

describe('hostile requests to the production server', () => {
  it('number at least fifty', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES)('%s: refused with a clear error, no data and no 5xx', async (_name, request) => {
    const { status, text } = await send(request);
    expect(status, text.slice(0, 300)).toBeLessThan(500);
    let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A 4xx from Express itself (a method it does not route): a refusal, though not JSON.
      expect(status, text.slice(0, 300)).toBeGreaterThanOrEqual(400);
      return;
    }
    const error = body.errors?.[0];
    expect(error?.message, text.slice(0, 300)).toBeTruthy();
    expect(status >= 400 || typeof error?.extensions?.code === 'string', text.slice(0, 300)).toBe(
      true,
    );
    expect(body.data ?? null, text.slice(0, 300)).toSatisfy(
      (data: unknown) => data === null || Object.values(data as object).every((v) => v === null),
    );
    expect(text).not.toMatch(/Did you mean|stacktrace|node_modules|Maximum call stack/);
  });

  it.each(ANSWERED)(
    '%s: answered correctly within fifteen seconds (a shared two-core machine is slow)',
    async (_name, request, check) => {
      const started = Date.now();
      const { status, text } = await send(request);
      expect(status, text.slice(0, 300)).toBe(200);
      const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors, text.slice(0, 300)).toBeUndefined();
      check(body.data);
      expect(Date.now() - started).toBeLessThan(15_000);
    },
  );

  it('refuses a subscription with a 400 that says there are none (was an internal error)', async () => {
    const { status, text } = await send(q('subscription { plans { key } }'));
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({
      errors: [
        {
          message: 'This API has no subscriptions: send a query or a mutation.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('refuses a list limit above 1,000 with BAD_USER_INPUT, naming the field (was answered)', async () => {
    const { status, text } = await send(q('{ organisations(limit: 1000000) { key } }'));
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({
      errors: [
        {
          message: expect.stringMatching(
            /organisations\(limit: 1000000\) asks for more than 1000 items/,
          ) as string,
          extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
        },
      ],
    });
  });

  it('refuses nesting 3,000 deep before parsing, with a code (was "Maximum call stack size exceeded")', async () => {
    const { status, text } = await send(
      q(`{ tasks ${'{ measures '.repeat(3000)}${'}'.repeat(3001)}`),
    );
    expect(status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/nests 3001 levels deep.*at most 64/) as string,
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ],
    });
  });

  it('answers a 100,000-character Authorization header with a JSON 431 saying what is wrong (was an empty body)', async () => {
    const { status, text } = await send({
      headers: { authorization: `Bearer ${'a'.repeat(100_000)}` },
      json: { query: '{ plans { key } }' },
    });
    expect(status).toBe(431);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: expect.stringMatching(/headers are larger than 16 KB.*Authorization/) as string,
          extensions: { code: 'REQUEST_HEADERS_TOO_LARGE' },
        },
      ],
    });
  });

  it('stays healthy and answers a normal query afterwards', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const { body } = await api.graphql<{ tasks: { key: string }[] }>('{ tasks { key } }');
    expect(body).toEqual({ data: { tasks: [{ key: 'task:hostile' }] } });
  });
});
