// How the API's statements reach Neo4j: the generated reads of a GraphQL query as one
// auto-commit read each (auto-commit-reads-plugin.ts: a round trip fewer than a managed
// transaction), a mutation's statements in a managed write transaction, and a read right after a
// write through the API sees it.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';
import { recordingDriver, type RecordingDriver } from './helpers/recording-driver.js';

const db = useTestDatabase({ isolation: 'file' });
let recorder: RecordingDriver | undefined;
const api = useTestServer(db, {
  seed: true,
  readCache: { enabled: false, maxEntries: 0, maxBytes: 0 },
  wrapDriver: (driver) => (recorder = recordingDriver(driver)).driver,
});

const PLAN = 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan';

/** The statements @neo4j/graphql generated (they start with its `CYPHER 5` prefix). */
function generatedRuns() {
  return (recorder?.runs ?? []).filter((run) => run.statement.startsWith('CYPHER 5'));
}

beforeEach(() => {
  if (recorder) {
    recorder.runs.length = 0;
    recorder.statements.length = 0;
  }
});

describe('statements of the API', () => {
  it("run a query's generated reads as auto-commit reads", async () => {
    const answer = await api.graphql<{ plans: { tasks: { key: string }[] }[] }>(
      `query($plan: String!) { plans(where: { key: { eq: $plan } }) { tasks { key responsible { name } } } }`,
      { plan: PLAN },
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.plans[0]?.tasks.length).toBeGreaterThan(0);
    const runs = generatedRuns().filter((run) => run.statement.includes('MATCH (this:Plan)'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ via: 'auto-commit', mode: 'READ' });
  });

  it('run every root field of a query as its own auto-commit read', async () => {
    const answer = await api.graphql(
      `{ plans(where: { key: { eq: "${PLAN}" } }) { key }
         organisations(where: { kind: { eq: "council" } }) { key } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    const reads = generatedRuns().filter((run) => !run.statement.includes('dbms.components'));
    expect(reads).toHaveLength(2);
    for (const run of reads) expect(run).toMatchObject({ via: 'auto-commit', mode: 'READ' });
  });

  it("run a mutation's generated statement in a managed write transaction, and the next read sees it", async () => {
    const planner = await api.tokenFor({
      sub: 'planner@test.org',
      roles: ['planner'],
      authority: 'org:worcester-city-council',
    });
    const before = await api.graphql<{ plans: { tasks: { key: string }[] }[] }>(
      `{ plans(where: { key: { eq: "${PLAN}" } }) { tasks(limit: 1, sort: [{ row: ASC }]) { key } } }`,
    );
    const key = before.body.data!.plans[0]!.tasks[0]!.key;
    const notes = `edited ${Date.now()}`;
    const changed = await api.graphql(
      `mutation($key: String!, $notes: String!) { updateTasks(where: { key: { eq: $key } }, update: { notes: { set: $notes } }) { tasks { key } } }`,
      { key, notes },
      planner,
    );
    expect(changed.body.errors).toBeUndefined();
    const write = generatedRuns().find((run) => run.statement.includes('SET this.notes'));
    expect(write).toMatchObject({ via: 'executeWrite', mode: 'WRITE' });

    const after = await api.graphql<{ tasks: { notes: string }[] }>(
      `query($key: String!) { tasks(where: { key: { eq: $key } }) { notes } }`,
      { key },
    );
    expect(after.body.data?.tasks).toEqual([{ notes }]);
  });
});
