// With PUBLIC_READ=false every read needs a signed-in user; and on a first start with no users
// an admin is created whose password is printed once and works.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';
import { ensureFirstAdmin } from '../server/src/auth/first-admin.js';
import { authenticate, countUsers } from '../server/src/auth/users.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true, security: { publicRead: false } });

describe('with public reading off', () => {
  it('refuses an anonymous read of generated and custom queries', async () => {
    const generated = await api.graphql('query { organisations { key } }');
    expect(generated.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const custom = await api.graphql('query { search(text: "housing") { key } }');
    expect(custom.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tasks = await api.graphql('query { councilTasks { key } }');
    expect(tasks.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(tasks.body.data).toBeNull();
  });

  it('answers a signed-in viewer', async () => {
    const token = await api.tokenFor({ sub: 'v@test.org', roles: ['viewer'] });
    const { body } = await api.graphql<{ organisations: unknown[] }>(
      'query { organisations { key } }',
      {},
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.organisations.length).toBeGreaterThan(10);
  });
});

describe('the first admin', () => {
  it('is created once, with a printed password that signs in', async () => {
    const lines: string[] = [];
    await ensureFirstAdmin(db.driver, {}, (line) => lines.push(line));
    const password = /password:\s+(\S+)/.exec(lines.join('\n'))?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await authenticate(db.driver, 'admin@localhost.localdomain', password)).toMatchObject({
      role: 'admin',
    });
    await ensureFirstAdmin(db.driver, {}, (line) => lines.push(line));
    expect(await countUsers(db.driver)).toBe(1);
  });
});
