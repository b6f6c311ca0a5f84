// The bench's writes beside its load test: they commit at about the rate asked, and each one moves
// the graph version, which is what makes the read cache's answers stale.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { startWrites } from '../server/src/bench/background-writes.js';
import { neo4jGraphVersion } from '../server/src/db/graph-version.js';

const db = useTestDatabase();

describe('startWrites', () => {
  it('commits writes at about the rate asked until stopped, each moving the graph version', async () => {
    const version = neo4jGraphVersion(db.driver, db.database);
    const before = await version.current();
    const writer = startWrites(db.driver, 20, { database: db.database });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { writes, failed } = await writer.stop();
    expect(failed).toBe(0);
    // 20 a second for a second (fewer on a slow machine: a write slower than 50 ms is skipped).
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(writes).toBeLessThanOrEqual(21);
    expect(await version.current()).not.toBe(before);
    const [marker] = await db.query<{ n: number }>('MATCH (m:BenchMarker) RETURN count(m) AS n');
    expect(marker?.n).toBe(1);
    // Stopped means stopped.
    const after = await version.current();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await version.current()).toBe(after);
  });

  it('refuses a rate that is not above zero', () => {
    expect(() => startWrites(db.driver, 0)).toThrow(/above 0/);
  });
});
