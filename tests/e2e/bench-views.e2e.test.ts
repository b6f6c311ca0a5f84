// `npm run bench:views` against the real server with the seed: every view it times shows what
// the bench waits for, so a change to a view cannot leave the bench timing out unnoticed.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { benchViews, viewCases, viewsTable } from '../../server/src/bench/views-bench.js';

const db = useTestDatabase({ isolation: 'file' });
const server = useTestServer(db, { seed: true, client: true });

describe('npm run bench:views', () => {
  it('times every view, every council’s and one council’s, on the seed', async () => {
    const cases = viewCases(
      'org:worcester-city-council',
      'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan',
    );
    const timings = await benchViews({ url: server.url, cases, repeats: 1, timeoutMs: 60_000 });
    expect(timings.filter((t) => t.readyMs === null).map((t) => `${t.path}: ${t.error}`)).toEqual(
      [],
    );
    expect(timings).toHaveLength(cases.length);
    expect(timings.every((t) => (t.readyMs ?? 0) > 0 && t.runs.length === 1)).toBe(true);
    expect(viewsTable(timings)).toContain('Evidence pack        its plan');
  }, 600_000);
});
