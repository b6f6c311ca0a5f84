// A GraphQL operation through the real server, against the real database with the seed loaded.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

describe('the API started on the seed data', () => {
  it('answers a GraphQL query with the council from the seed', async () => {
    const { status, body } = await api.graphql<{ organisations: { name: string; kind: string }[] }>(
      'query { organisations(where: { key: { eq: "org:worcester-city-council" } }) { name kind } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.organisations).toEqual([{ name: 'Worcester City Council', kind: 'council' }]);
  });

  it('rejects a malformed query with a 400 and a message that says where', async () => {
    const { status, body } = await api.graphql('query { organisations { name ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('says it is alive on /healthz', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('says it is ready on /readyz once the database answers and the schema is applied', async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ready',
      database: 'reachable',
      schema: 'applied',
    });
  });
});
