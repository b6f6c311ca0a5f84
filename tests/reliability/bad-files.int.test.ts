// Bad files: a third of the malformed corpus (every kind of fault) goes through the real importer
// against the seeded graph; bad-files.long.test.ts runs all of it and a 50 MB file. Each is either refused with a clear PlanFormatError or ImportError (and the graph is
// exactly as before) or imported with a report (and then all of it is in the graph, never half).
// A few go through the GraphQL importPlan mutation as a planner; the server stays healthy.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { graphSnapshot } from '../helpers/graph-snapshot.js';
import { badPlanCorpus, plan as validPlan } from './bad-plan-corpus.js';
import { expectClearOutcome, labelCounts } from './expect-clear-outcome.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const WCC = 'org:worcester-city-council';
const corpus = badPlanCorpus();

// npm test runs one file of each kind; npm run test:reliability runs them all (bad-files.long).
const FAST = corpus.filter((_, index) => index % 3 === 0);

let seeded: Record<string, number> = {};
beforeAll(async () => {
  seeded = await labelCounts(db);
});

describe('the malformed plan corpus', () => {
  it('has at least 50 files, each with its own name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(FAST.length).toBeGreaterThanOrEqual(15);
    expect(new Set(corpus.map((f) => f.fileName)).size).toBe(corpus.length);
  });

  it.each(FAST.map((file) => [file.name, file] as const))(
    '%s: a clear refusal with nothing written, or a report with all of it written',
    async (_name, file) => {
      await expectClearOutcome(db, file, WCC, seeded);
    },
  );
});

describe('bad files through the GraphQL importPlan mutation, as a planner', () => {
  let planner = '';
  beforeAll(async () => {
    planner = await api.tokenFor({ sub: 'planner@test.org', roles: ['planner'], authority: WCC });
  });

  const IMPORT = `mutation($name: String!, $content: String!, $dryRun: Boolean) {
    importPlan(fileName: $name, contentBase64: $content, dryRun: $dryRun) { tasksRead issues { code } }
  }`;

  async function send(name: string, content: string, dryRun = false) {
    return api.graphql<{ importPlan: { tasksRead: number } }>(
      IMPORT,
      { name, content, dryRun },
      planner,
    );
  }

  const byName = (fileName: string): Uint8Array => {
    const file = corpus.find((f) => f.fileName === fileName);
    if (!file) throw new Error(`no corpus file ${fileName}`);
    return file.content;
  };
  const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

  it.each([
    ['empty.tsv', /empty/],
    ['noise.tsv', /binary|UTF-8/],
    ['latin1.tsv', /UTF-8/],
    ['junk.xlsx', /workbook|sheet|xlsx|read/i],
    ['notes.md', /table|header|task/i],
    ['header-only.tsv', /no task rows/],
  ])(
    'refuses %s with BAD_USER_INPUT and a message saying why, writing nothing',
    async (fileName, message) => {
      const before = await graphSnapshot(db);
      const { body } = await send(fileName, b64(byName(fileName)));
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(await graphSnapshot(db)).toBe(before);
    },
  );

  it('refuses content that is not base64 and a file name with a path in it', async () => {
    const notBase64 = await send('plan.tsv', '<<<not base64>>>');
    expect(notBase64.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contentBase64',
    });
    const path = await send('../../etc/passwd', b64(byName('bom.tsv')));
    expect(path.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fileName',
    });
  });

  it('refuses a file larger than the request limit with PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${planner}` },
      body: JSON.stringify({
        query: IMPORT,
        variables: { name: 'big.tsv', content: b64(new Uint8Array(2_000_000).fill(65)) },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });

  it('imports a Cypher-named task as plain text', async () => {
    const content = b64(new TextEncoder().encode(validPlan({ Task: "') DETACH DELETE n // api" })));
    const { body } = await send('cypher-api.tsv', content);
    expect(body.errors).toBeUndefined();
    const [row] = await db.query<{ n: number }>(
      'MATCH (t:Task {title: "\') DETACH DELETE n // api"}) RETURN count(t) AS n',
    );
    expect(row?.n).toBe(1);
  });

  it('still answers /healthz, /readyz and a normal query after the whole corpus', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const { body } = await api.graphql<{ plans: { key: string }[] }>('{ plans { key } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.plans.length).toBeGreaterThan(1);
  });
});
