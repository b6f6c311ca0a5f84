// Access, beyond the role matrix of tests/api-access: passwords are stored only as bcrypt hashes,
// neither a password nor a token ever reaches the logs, the audit trail or the graph, sign-in is
// rate limited, and the evidence pack's CSV neutralises cells a spreadsheet would run as formulas.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { graphSnapshot } from '../helpers/graph-snapshot.js';
import { importPlan } from '../../server/src/import/import-plan.js';
import { planRows } from './bad-plan-corpus.js';

const db = useTestDatabase({ isolation: 'file' });
// No seed: a small plan with formula-looking cells is all these tests need (and is quicker).
const api = useTestServer(db);

const WCC = 'org:worcester-city-council';
const PASSWORD = 'Tr0ub4dor&3-never-in-a-log';

/** Everything written to the console and to stdout/stderr while `work` runs. */
async function captureOutput(work: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const record = (...args: unknown[]): void => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
    vi.spyOn(console, method).mockImplementation(record);
  const write = (chunk: unknown): boolean => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(write);
  vi.spyOn(process.stderr, 'write').mockImplementation(write);
  try {
    await work();
  } finally {
    vi.restoreAllMocks();
  }
  return lines.join('\n');
}
afterEach(() => {
  vi.restoreAllMocks();
});

beforeAll(async () => {
  await importPlan(db.driver, {
    fileName: 'formula-plan.tsv',
    content: new TextEncoder().encode(
      planRows([
        {
          Task: "=cmd|' /C calc'!A0",
          'Client group': 'Rough Sleepers',
          'Measure of success': '+SUM(1+1)',
          RACI: 'R: @Evil Org A: Worcester City Council C: -Minus Partners',
        },
        { Task: '-2+3 more beds', 'Measure of success': '=HYPERLINK("http://127.0.0.1/x")' },
      ]),
    ),
    // A new council by name: its key is WCC.
    authority: 'Worcester City Council',
  });
});

describe('passwords and tokens', () => {
  let admin = '';
  beforeAll(async () => {
    admin = await api.tokenFor({ sub: 'admin@test.org', roles: ['admin'] });
  });

  it('never reach the logs, the audit trail or the graph during createUser, sign-in and a failed sign-in', async () => {
    let token = '';
    const output = await captureOutput(async () => {
      const created = await api.graphql(
        'mutation($p: String!) { createUser(email: "logs@test.org", password: $p, role: "planner", authority: "org:worcester-city-council") { email } }',
        { p: PASSWORD },
        admin,
      );
      expect(created.body.errors).toBeUndefined();
      const login = await api.graphql<{ login: { token: string } }>(
        'mutation($p: String!) { login(email: "logs@test.org", password: $p) { token } }',
        { p: PASSWORD },
      );
      token = login.body.data?.login.token ?? '';
      expect(token).not.toBe('');
      const wrong = await api.graphql(
        'mutation($p: String!) { login(email: "logs@test.org", password: $p) { token } }',
        { p: `${PASSWORD}-wrong` },
      );
      expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // A write with the token, so the audit plugin and the resolvers run with it.
      const [task] = await db.query<{ key: string }>(
        'MATCH (t:Task)-[:IN_PLAN]->(:Plan {authority: $wcc}) RETURN t.key AS key LIMIT 1',
        { wcc: WCC },
      );
      const status = await api.graphql(
        'mutation($k: String!) { setTaskStatus(key: $k, status: in_progress) { status } }',
        { k: task?.key },
        token,
      );
      expect(status.body.errors).toBeUndefined();
    });
    expect(output).not.toContain(PASSWORD);
    expect(output).not.toContain(token);
    expect(output).not.toContain(admin);
    const graph = await graphSnapshot(db);
    expect(graph).not.toContain(PASSWORD);
    expect(graph).not.toContain(token);
    const audit = await db.query<{ variables: string }>(
      "MATCH (e:AuditEvent) WHERE e.operation IN ['createUser', 'login'] RETURN e.variables AS variables",
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const entry of audit) expect(entry.variables).not.toContain(PASSWORD);
  });

  it('stores a password only as a bcrypt hash', async () => {
    const [user] = await db.query<Record<string, unknown>>(
      "MATCH (u:User {email: 'logs@test.org'}) RETURN properties(u) AS props",
    );
    const props = (user?.props ?? {}) as Record<string, unknown>;
    const hashes = Object.values(props).filter(
      (v) => typeof v === 'string' && /^\$2[aby]\$1\d\$/.test(v),
    );
    expect(hashes).toHaveLength(1);
    expect(JSON.stringify(props)).not.toContain(PASSWORD);
  });

  it('rate limits sign-in: after five failures for one email even the right password is refused', async () => {
    const attempt = (password: string) =>
      api.graphql(
        'mutation($p: String!) { login(email: "logs@test.org", password: $p) { token } }',
        {
          p: password,
        },
      );
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i += 1)
      codes.push((await attempt(`wrong-${i}`)).body.errors?.[0]?.extensions?.code);
    const after = await attempt(PASSWORD);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(after.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(after.body.data?.login ?? null).toBeNull();
  });
});

describe('the evidence pack as CSV', () => {
  it('neutralises formula-looking titles, parties, client groups and measures imported from a plan', async () => {
    const { body } = await api.graphql<{ evidencePack: { content: string } }>(
      '{ evidencePack(scope: clientGroup, key: "Rough Sleepers", format: csv, today: "2024-06-01") { content } }',
    );
    expect(body.errors).toBeUndefined();
    const csv = body.data?.evidencePack.content ?? '';
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    expect(csv).toContain("'-2+3 more beds");
    // Split into cells (every cell is quoted) and check none starts as a formula.
    const cells = [...csv.matchAll(/"((?:[^"]|"")*)"/g)].map((m) =>
      (m[1] ?? '').replace(/""/g, '"'),
    );
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
