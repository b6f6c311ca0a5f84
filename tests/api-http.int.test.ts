// GraphQL over HTTP done properly, and the API's protections: the graphql-http server audit,
// GET for queries, limits on depth, aliases, size and body, and no introspection in production.
import { describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

describe('GraphQL over HTTP', () => {
  it('passes every MUST item of the graphql-http server audit', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: `${api.url}/graphql` })) {
      if (!audit.name.startsWith('MUST')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers a query sent with GET', async () => {
    const query = encodeURIComponent(
      '{ organisations(where: { key: { eq: "org:worcester-cares" } }) { name } }',
    );
    const response = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { organisations: [{ name: 'Worcester Cares' }] },
    });
  });

  it('refuses a mutation sent with GET', async () => {
    const query = encodeURIComponent(
      'mutation { login(email: "a@b.org", password: "x") { token } }',
    );
    const response = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
  });
});

describe('protection', () => {
  it('refuses a deeply nested, expensive query before it reaches the database', async () => {
    let selection = 'key';
    for (let i = 0; i < 8; i += 1)
      selection = `responsible { ... on Organisation { responsibleFor { ${selection} } } }`;
    const { body } = await api.graphql(`query { tasks { ${selection} } }`);
    expect(body.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(body.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: organisations { key }`).join(' ');
    const { body } = await api.graphql(`query { ${aliases} }`);
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a query with too many tokens', async () => {
    const fields = Array.from({ length: 4500 }, () => 'key').join(' ');
    const { status, body } = await api.graphql(`query { organisations { ${fields} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ organisations { key } }',
        variables: { padding: 'x'.repeat(2_000_000) },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('refuses a body that is not JSON with 400 and a JSON error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a wrongly typed variable with a message naming it', async () => {
    const { status, body } = await api.graphql(
      'query($n: Int) { search(text: "x", limit: $n) { key } }',
      { n: 'many' },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/\$n/);
  });
});
