// The example queries in README.md run, as written, against the seed data: a reader who copies
// one into the query editor gets an answer, not an error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';
import { projectRoot } from '../server/src/config.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('the README example queries', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  for (const [index, query] of examples.entries()) {
    const name = /query (\w+)/.exec(query)?.[1] ?? `example ${index + 1}`;
    it(`${name} answers without errors and with data`, async () => {
      const { body } = await api.graphql<Record<string, unknown>>(query);
      expect(body.errors).toBeUndefined();
      const values = Object.values(body.data ?? {});
      expect(values.length).toBeGreaterThan(0);
      expect(values.every((v) => v !== null)).toBe(true);
    });
  }
});
