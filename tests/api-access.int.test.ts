// Who may do what: every role against every kind of write, allowed and forbidden, on the seed
// data. Tokens are signed as the server's login signs them; one test signs in for real.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';
import { createUser } from '../server/src/auth/users.js';
import type { TokenClaims } from '../server/src/auth/tokens.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const WCC = 'org:worcester-city-council';
const PLAN = 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan';
type Actor = 'anonymous' | 'viewer' | 'partner' | 'planner' | 'otherPlanner' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'viewer', 'partner', 'planner', 'otherPlanner', 'admin'];

let partnerOrg = '';
let ownTask = '';
let otherTask = '';
const tokens = new Map<Actor, string | undefined>();

beforeAll(async () => {
  const [row] = await db.query<{ org: string; own: string; other: string }>(
    // "Not Responsible" as the server decides it (task-access.cypher): neither the organisation
    // nor a post that works in it holds the R. Ordered, so every run picks the same task.
    `MATCH (o:Organisation)-[:RESPONSIBLE_FOR]->(t:Task)
     WITH o, t ORDER BY o.key, t.key LIMIT 1
     MATCH (other:Task)
     WHERE NOT (o)-[:RESPONSIBLE_FOR]->(other)
       AND NOT EXISTS { MATCH (r:Role)-[:RESPONSIBLE_FOR]->(other) WHERE (r)-[:WORKS_IN]->(o) }
     WITH o, t, other ORDER BY other.key LIMIT 1
     RETURN o.key AS org, t.key AS own, other.key AS other`,
  );
  partnerOrg = row?.org ?? '';
  ownTask = row?.own ?? '';
  otherTask = row?.other ?? '';
  const claims: Record<Exclude<Actor, 'anonymous'>, TokenClaims> = {
    viewer: { sub: 'viewer@test.org', roles: ['viewer'] },
    partner: { sub: 'partner@test.org', roles: ['partner'], organisation: partnerOrg },
    planner: { sub: 'planner@test.org', roles: ['planner'], authority: WCC },
    otherPlanner: {
      sub: 'other@test.org',
      roles: ['planner'],
      authority: 'org:malvern-hills-district-council',
    },
    admin: { sub: 'admin@test.org', roles: ['admin', 'planner'] },
  };
  tokens.set('anonymous', undefined);
  for (const [actor, c] of Object.entries(claims))
    tokens.set(actor as Actor, await api.tokenFor(c));
});

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

async function attempt(
  actor: Actor,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Outcome> {
  const { body } = await api.graphql(query, variables, tokens.get(actor));
  const code = body.errors?.[0]?.extensions?.code;
  if (!body.errors) return 'ok';
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  throw new Error(`${actor}: unexpected error ${JSON.stringify(body.errors)}`);
}

let counter = 0;
const unique = (): string => `${Date.now()}-${(counter += 1)}`;

const MUTATIONS: Record<string, { run: (actor: Actor) => Promise<Outcome>; allowed: Actor[] }> = {
  'create a task in the council plan': {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!, $plan: String!) { createTasks(input: [{ key: $key, title: "New task", plan: { connect: [{ where: { node: { key: { eq: $plan } } } }] } }]) { tasks { key } } }`,
        { key: `task:test/${unique()}`, plan: PLAN },
      ),
  },
  "change a task's notes through the generated update": {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!) { updateTasks(where: { key: { eq: $key } }, update: { notes: { set: "edited" } }) { tasks { key } } }`,
        {
          key: otherTask,
        },
      ),
  },
  'delete a task': {
    allowed: ['planner', 'admin'],
    run: async (actor) => {
      const key = `task:test/${unique()}`;
      await db.query(
        'MATCH (p:Plan {key: $plan}) CREATE (:Task {key: $key, title: "Doomed"})-[:IN_PLAN]->(p)',
        { plan: PLAN, key },
      );
      return attempt(
        actor,
        `mutation($key: String!) { deleteTasks(where: { key: { eq: $key } }) { nodesDeleted } }`,
        { key },
      );
    },
  },
  'set the status of a task the partner is Responsible for': {
    allowed: ['partner', 'planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!) { setTaskStatus(key: $key, status: in_progress) { status } }`,
        { key: ownTask },
      ),
  },
  'set the status of a task the partner is not Responsible for': {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!) { setTaskStatus(key: $key, status: done) { status } }`,
        { key: otherTask },
      ),
  },
  'assign a RACI letter': {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($task: String!) { assignRaci(task: $task, party: "org:worcester-cares", letter: A) { changed } }`,
        {
          task: otherTask,
        },
      ),
  },
  'remove a RACI letter': {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($task: String!) { unassignRaci(task: $task, party: "org:worcester-cares", letter: A) { changed } }`,
        {
          task: otherTask,
        },
      ),
  },
  "change the partner's own organisation": {
    allowed: ['partner', 'planner', 'otherPlanner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!) { updateOrganisations(where: { key: { eq: $key } }, update: { description: { set: "ours" } }) { organisations { key } } }`,
        { key: partnerOrg },
      ),
  },
  'change another organisation': {
    allowed: ['planner', 'otherPlanner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation { updateOrganisations(where: { key: { eq: "org:worcester-cares" } }, update: { description: { set: "edited" } }) { organisations { key } } }`,
      ),
  },
  'create a service': {
    allowed: ['planner', 'otherPlanner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($key: String!) { createServices(input: [{ key: $key, name: "A service" }]) { services { key } } }`,
        { key: `service:test-${unique()}` },
      ),
  },
  'merge two parties': {
    allowed: ['planner', 'otherPlanner', 'admin'],
    run: async (actor) => {
      const keep = `org:test-keep-${unique()}`;
      const merge = `org:test-merge-${unique()}`;
      await db.query(
        'CREATE (:Organisation:Party {key: $keep, name: "Keep"}), (:Organisation:Party {key: $merge, name: "Merge"})',
        { keep, merge },
      );
      return attempt(
        actor,
        `mutation($keep: String!, $merge: String!) { mergeParties(keep: $keep, merge: $merge) { key } }`,
        { keep, merge },
      );
    },
  },
  "import (dry run) the council's plan": {
    allowed: ['planner', 'admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($content: String!) { importPlan(fileName: "plan.csv", contentBase64: $content, authority: "${WCC}", dryRun: true) { tasksRead } }`,
        {
          content: Buffer.from('Objective,Task,Lead\nGovernance,Hold a review,HWOT\n').toString(
            'base64',
          ),
        },
      ),
  },
  'create a user': {
    allowed: ['admin'],
    run: (actor) =>
      attempt(
        actor,
        `mutation($email: String!) { createUser(email: $email, password: "long-enough-password", role: "viewer") { email } }`,
        {
          email: `u${unique()}@test.org`,
        },
      ),
  },
  'read the audit trail': {
    allowed: ['planner', 'otherPlanner', 'admin'],
    run: (actor) => attempt(actor, 'query { auditTrail(limit: 5) { key } }'),
  },
};

describe('the role × mutation matrix', () => {
  for (const [name, { run, allowed }] of Object.entries(MUTATIONS)) {
    it(`lets only ${allowed.join(', ')} ${name}`, async () => {
      const outcomes: Record<string, Outcome> = {};
      for (const actor of ACTORS) outcomes[actor] = await run(actor);
      const expected = Object.fromEntries(
        ACTORS.map((actor) => [
          actor,
          allowed.includes(actor) ? 'ok' : actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        ]),
      );
      expect(outcomes).toEqual(expected);
    });
  }
});

describe('tokens and sign-in', () => {
  it('signs in with a real password and acts with the token it gets', async () => {
    await createUser(db.driver, {
      email: 'Planner.Two@test.org',
      password: 'correct horse battery',
      role: 'planner',
      authority: WCC,
    });
    const { body } = await api.graphql<{
      login: { token: string; user: { role: string; allowed: string[] } };
    }>(
      'mutation { login(email: "planner.two@test.org", password: "correct horse battery") { token user { role allowed } } }',
    );
    expect(body.data?.login.user.role).toBe('planner');
    const me = await api.graphql<{ me: { email: string } }>(
      'query { me { email authority } }',
      {},
      body.data?.login.token,
    );
    expect(me.body.data?.me).toEqual({ email: 'planner.two@test.org', authority: WCC });
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    await createUser(db.driver, {
      email: 'viewer.two@test.org',
      password: 'correct horse battery',
      role: 'viewer',
    });
    const wrong = await api.graphql(
      'mutation { login(email: "viewer.two@test.org", password: "wrong password!!") { token } }',
    );
    const unknown = await api.graphql(
      'mutation { login(email: "nobody@test.org", password: "wrong password!!") { token } }',
    );
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token with 401', async () => {
    const token = (tokens.get('viewer') ?? '').split('.');
    const forged = `${token[0]}.${Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'] })).toString('base64url')}.${token[2]}`;
    const { status, body } = await api.graphql('query { me { email } }', {}, forged);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records who changed a task in the audit trail', async () => {
    await api.graphql(
      `mutation($key: String!) { setTaskStatus(key: $key, status: done, notes: "finished") { status } }`,
      { key: otherTask },
      tokens.get('planner'),
    );
    const { body } = await api.graphql<{
      auditTrail: { user: string; operation: string; nodes: string[] }[];
    }>(
      'query($node: String) { auditTrail(node: $node, limit: 1) { user operation nodes } }',
      { node: otherTask },
      tokens.get('admin'),
    );
    expect(body.data?.auditTrail[0]).toMatchObject({
      user: 'planner@test.org',
      operation: 'setTaskStatus',
      nodes: [otherTask],
    });
  });

  it('records a generated mutation in the audit trail with the nodes it touched', async () => {
    await api.graphql(
      `mutation { updateOrganisations(where: { key: { eq: "org:worcester-cares" } }, update: { description: { set: "audited" } }) { organisations { key } } }`,
      {},
      tokens.get('admin'),
    );
    const { body } = await api.graphql<{ auditTrail: { operation: string; nodes: string[] }[] }>(
      'query { auditTrail(node: "org:worcester-cares", limit: 1) { operation nodes outcome } }',
      {},
      tokens.get('admin'),
    );
    expect(body.data?.auditTrail[0]).toMatchObject({
      operation: 'updateOrganisations',
      nodes: ['org:worcester-cares'],
    });
  });
});
