// The curated seed data loads into an empty database, and loading it again changes nothing.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { loadCuratedSeed } from '../server/src/seed/load-seed.js';

const db = useTestDatabase();

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.query<{ nodes: number; relationships: number }>(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
  );
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

describe('the curated seed', () => {
  it('loads the council and the alliance', async () => {
    await loadCuratedSeed(db.driver, db.database);
    const rows = await db.query<{ key: string }>(
      "MATCH (o:Organisation) WHERE o.key IN ['org:worcester-city-council', 'org:worcester-cares'] RETURN o.key AS key ORDER BY key",
    );
    expect(rows.map((r) => r.key)).toEqual(['org:worcester-cares', 'org:worcester-city-council']);
  });

  it('changes nothing when loaded a second time', async () => {
    await loadCuratedSeed(db.driver, db.database);
    const first = await counts();
    await loadCuratedSeed(db.driver, db.database);
    expect(await counts()).toEqual(first);
  });

  it('gives every node a source it came from', async () => {
    await loadCuratedSeed(db.driver, db.database);
    const orphans = await db.query<{ key: string }>(
      'MATCH (n) WHERE NOT n:Source AND NOT (n)-[:FROM]->(:Source) RETURN n.key AS key LIMIT 10',
    );
    expect(orphans).toEqual([]);
  });
});
