// The analysis reads its rows as JSON text made by Neo4j (server/src/analysis/query.ts) rather
// than as Bolt records: the rows must be the same either way, in the same order.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { runQuery } from '../server/src/analysis/query.js';

const db = useTestDatabase();

const both = async (cypher: string, params: Record<string, unknown> = {}) => {
  const options = { database: db.database };
  const asJson = await runQuery<Record<string, unknown>>(db.driver, cypher, params, options);
  const asRecords = await runQuery<Record<string, unknown>>(db.driver, cypher, params, {
    ...options,
    records: true,
  });
  return { asJson, asRecords };
};

describe('analysis reads as JSON', () => {
  it('give the values the records give: text, numbers, nulls, dates, lists and maps', async () => {
    const { asJson, asRecords } = await both(
      `RETURN 'quote " backslash \\\\ newline\n tab\t é ✓ 😀' AS text, 42 AS whole, 0.25 AS part,
         1.0 AS wholeFloat, -7 AS negative, true AS yes, null AS nothing,
         date('2025-03-31') AS due, [1, null, 'two', [3]] AS list,
         {a: null, b: [{c: 1}], d: date('2024-02-29')} AS map, $given AS given`,
      { given: 'from a parameter' },
    );
    expect(asJson).toEqual(asRecords);
    expect(asJson[0]).toMatchObject({ due: '2025-03-31', whole: 42, nothing: null });
  });

  it('keep the statement’s order across several batches', async () => {
    const { asJson, asRecords } = await both(
      'UNWIND range(1, 4500) AS n RETURN n, toString(n) AS text ORDER BY n % 7, n DESC',
    );
    expect(asJson).toHaveLength(4500);
    expect(asJson).toEqual(asRecords);
  });

  it('name columns that need quoting', async () => {
    const { asJson } = await both('RETURN 1 AS `odd name`, 2 AS `back``tick`, 3 AS `a.b`');
    expect(asJson).toEqual([{ 'odd name': 1, 'back`tick': 2, 'a.b': 3 }]);
  });

  it('read a statement with a column not named by AS as records (a subquery refuses it)', async () => {
    const { asJson } = await both('UNWIND [2, 1] AS n RETURN n, count(*) ORDER BY n');
    expect(asJson).toEqual([
      { n: 1, 'count(*)': 1 },
      { n: 2, 'count(*)': 1 },
    ]);
  });

  it('give no rows for an empty result', async () => {
    const { asJson } = await both('MATCH (n:NoSuchLabel) RETURN n.key AS key');
    expect(asJson).toEqual([]);
  });

  it('read a UNION of two statements', async () => {
    const { asJson } = await both('RETURN 1 AS n UNION ALL RETURN 2 AS n');
    expect(asJson).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('report a missing parameter or a broken statement as Neo4j does, each time', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(runQuery(db.driver, 'RETURN $absent AS x', {})).rejects.toThrow(/absent/);
      await expect(runQuery(db.driver, 'RETURN AS x', {})).rejects.toThrow(/Invalid input/);
    }
  });
});
