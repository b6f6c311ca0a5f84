// The generator end to end: two generated authorities loaded into the real database, their plans
// through the real importer, after the curated seed (as `npm run bench` does). The load must be
// clean, repeatable to the byte, and never give one council's plan another council's posts.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, wipe } from './helpers/neo4j.js';
import { graphSnapshot } from './helpers/graph-snapshot.js';
import { applySchema } from '../server/src/db/apply-schema.js';
import { loadCuratedSeed } from '../server/src/seed/load-seed.js';
import {
  generateDataset,
  type AuthorityStructure,
} from '../server/src/generate/generate-dataset.js';
import { loadGenerated, type LoadResult } from '../server/src/generate/load-generated.js';

const db = useTestDatabase({ isolation: 'file' });
const dataset = generateDataset({ authorities: 2, seed: 'generate-int-test' });

function readFile(relativePath: string): string {
  const content = dataset.files.get(relativePath);
  if (content === undefined) throw new Error(`the generated dataset has no ${relativePath}`);
  return content;
}

const manifest = JSON.parse(readFile('manifest.json')) as {
  authorities: { key: string; structureFile: string }[];
};
const councils = manifest.authorities.map((a) => a.key);

async function load(): Promise<LoadResult> {
  await loadCuratedSeed(db.driver, db.database);
  return loadGenerated(db.driver, { readFile, database: db.database });
}

/** The graph as sorted lines: two relationships alike but for their properties may come either way. */
async function snapshot(): Promise<string> {
  return (await graphSnapshot(db)).split('\n').sort().join('\n');
}

let result: LoadResult;
let firstSnapshot: string;

beforeAll(async () => {
  result = await load();
  firstSnapshot = await snapshot();
}, 600_000);

describe('loading two generated authorities', () => {
  it('imports both plans with every task row and no error-level issue', async () => {
    expect(result.authorities).toBe(2);
    expect(result.errors).toEqual([]);
    expect(result.issues.error).toBe(0);
    const [counts] = await db.query<{ plans: number; tasks: number; councils: string[] }>(
      `MATCH (p:Plan)-[:BY]->(c:Organisation {kind: 'council'}) WHERE p.authority IN $councils
       RETURN count(p) AS plans, sum(COUNT { (:Task)-[:IN_PLAN]->(p) }) AS tasks,
         apoc.coll.sort(collect(c.key)) AS councils`,
      { councils },
    );
    expect(counts?.plans).toBe(2);
    expect(counts?.tasks).toBe(result.tasks);
    expect(counts?.councils).toEqual([...councils].sort());
  });

  it("loads each council's curated posts, teams and boards under that council", async () => {
    for (const [index, council] of councils.entries()) {
      const structure = JSON.parse(
        readFile(manifest.authorities[index]?.structureFile ?? ''),
      ) as AuthorityStructure;
      const own = structure.parties.filter((p) => p.authority === council).map((p) => p.key);
      const [found] = await db.query<{ keys: string[] }>(
        'MATCH (p:Party {authority: $council}) RETURN collect(p.key) AS keys',
        { council },
      );
      expect(own.length).toBeGreaterThan(0);
      expect(found?.keys).toEqual(expect.arrayContaining(own));
    }
  });

  it("gives each council's plan its own posts and teams, never another council's", async () => {
    const letters = await db.query<{ plan: string; local: number; foreign: number }>(
      `MATCH (party:Party)-[:RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]->(:Task)-[:IN_PLAN]->(p:Plan)
       WHERE p.authority IN $councils AND party.authority IS NOT NULL
       RETURN p.authority AS plan,
         count(CASE WHEN party.authority = p.authority THEN 1 END) AS local,
         count(CASE WHEN party.authority <> p.authority THEN 1 END) AS foreign
       ORDER BY plan`,
      { councils },
    );
    expect(letters.map((l) => l.plan)).toEqual([...councils].sort());
    for (const l of letters) {
      expect(l.local).toBeGreaterThan(0);
      expect(l.foreign).toBe(0);
    }
  });

  it('gives the same graph again from the same seed', async () => {
    await wipe(db.driver, db.database);
    await applySchema(db.driver, db.database);
    const again = await load();
    expect(again.rows).toBe(result.rows);
    expect(await snapshot()).toBe(firstSnapshot);
  }, 600_000);

  it('changes nothing when the same dataset is loaded again', async () => {
    const again = await loadGenerated(db.driver, { readFile, database: db.database });
    expect(again.issues.error).toBe(0);
    expect(await snapshot()).toBe(firstSnapshot);
  }, 600_000);
});
