// When the database is down the API stays up: queries answer SERVICE_UNAVAILABLE and /readyz
// turns red. And in production it hides its insides: no introspection, no stack traces.
import http from 'node:http';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../server/src/graphql/build-schema.js';
import { createApp } from '../server/src/http/create-app.js';
import { createTokenSigner } from '../server/src/auth/tokens.js';
import { createLoginLimiter } from '../server/src/auth/login-limiter.js';

const SECRET = 'outage-tests-secret-0123456789abcdefgh';
let url = '';
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const deadPort = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const driver = neo4j.driver(`bolt://127.0.0.1:${deadPort}`, neo4j.auth.basic('neo4j', 'x'), {
    connectionTimeout: 2000,
    maxTransactionRetryTime: 1000,
  });
  const signer = createTokenSigner(SECRET, 60);
  const { schema } = await buildSchema(driver, {
    jwtSecret: SECRET,
    signer,
    limiter: createLoginLimiter(),
    publicRead: true,
  });
  const { app, apollo } = await createApp({
    schema,
    driver,
    database: undefined,
    readiness: { schemaApplied: true, seedLoaded: true },
    signer,
    production: true,
    introspection: false,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  close = async () => {
    await apollo.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await driver.close();
  };
});
afterAll(() => close());

async function post(query: string): Promise<{
  status: number;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('with the database down', () => {
  it('answers a generated query with SERVICE_UNAVAILABLE and a message that says what to do', async () => {
    const { body } = await post('{ organisations { key } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/try again/);
  });

  it('answers a custom query with SERVICE_UNAVAILABLE too', async () => {
    const { body } = await post('{ search(text: "housing") { key } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('stays alive on /healthz and turns /readyz red', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not-ready', database: 'unreachable' });
  });
});

describe('in production', () => {
  it('refuses introspection', async () => {
    const { body } = await post('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('sends no stack traces', async () => {
    const { body } = await post('{ organisations { key } }');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);
  });
});
