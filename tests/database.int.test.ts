// The test database is the real thing: Neo4j 5.26 with APOC, and the project's schema applies.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { applySchema } from '../server/src/db/apply-schema.js';

const db = useTestDatabase();

describe('the database the tests run against', () => {
  it('is Neo4j 5 with the APOC core functions that @neo4j/graphql needs', async () => {
    const [components] = await db.query<{ versions: string[] }>(
      'CALL dbms.components() YIELD versions RETURN versions',
    );
    expect(components?.versions[0]).toMatch(/^5\./);
    const [apoc] = await db.query<{ v: string }>('RETURN apoc.version() AS v');
    expect(apoc?.v).toMatch(/^5\./);
  });

  it('enforces the unique key of a party across organisations, boards and roles', async () => {
    await db.query("CREATE (:Organisation:Party {key: 'org:x', name: 'X'})");
    await expect(db.query("CREATE (:Board:Party {key: 'org:x', name: 'X again'})")).rejects.toThrow(
      /already exists/,
    );
  });

  it('applies the schema a second time without changing anything', async () => {
    const before = await db.query('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    await applySchema(db.driver, db.database);
    const after = await db.query('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(16);
  });

  it('finds a party by one of its aliases through the full-text index', async () => {
    await db.query(
      "CREATE (:Organisation:Party {key: 'org:hwot', name: 'Housing and Welfare Options Team', aliases: ['HWOT']})",
    );
    await db.query('CALL db.awaitIndexes(60)');
    const hits = await db.query<{ key: string }>(
      "CALL db.index.fulltext.queryNodes('search_text', 'HWOT') YIELD node RETURN node.key AS key",
    );
    expect(hits.map((h) => h.key)).toContain('org:hwot');
  });
});
