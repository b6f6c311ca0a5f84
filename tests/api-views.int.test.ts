// Every read family of the API on the seed data: generated queries (filter, sort, paginate,
// aggregate), a council's task list, full-text search, the graph view, a partner's view and a
// client group's pathways.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../server/src/config.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { useTestServer } from './helpers/server.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await api.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

describe('generated queries', () => {
  it('filters, sorts and pages tasks', async () => {
    const result = await data<{ tasks: { title: string; dueRaw: string }[] }>(
      `query { tasks(where: { clientGroups: { some: { name: { eq: "Rough Sleepers" } } } }, sort: [{ due: ASC }], limit: 2, offset: 1) { title dueRaw } }`,
    );
    expect(result.tasks).toHaveLength(2);
    expect(result.tasks[0]?.dueRaw).toBe('June 2023');
  });

  it.each([
    // RACI: by row (the server's order); timeline: by due date (none last), then row.
    ['raci/raci.query.ts', ['t:other-2', 't:other-3', 't:other-1']],
    ['timeline/timeline.query.ts', ['t:other-1', 't:other-2', 't:other-3']],
  ])(
    "the client's %s reads every task, or one council's (each once), from the councilTasks view",
    async (file, otherOrder) => {
      const text = fs.readFileSync(path.join(projectRoot, 'client/src/features', file), 'utf8');
      const query = /gql`([\s\S]*?)`/.exec(text)?.[1] ?? '';
      type Answer = { councilTasks: { key: string; row: number | null; due?: string | null }[] };
      // The variables the client sends (councilTasksVariables in
      // client/src/shared/council-choices.query.ts).
      const of = async (council: string | null) =>
        (await data<Answer>(query, { council })).councilTasks;
      const keys = (tasks: { key: string }[]) => tasks.map((t) => t.key);
      // A second council with two plans, one task in both.
      await db.driver.executeQuery(`
        CREATE (a:Plan {key: 'plan:other-a', title: 'A', authority: 'org:other'}),
               (b:Plan {key: 'plan:other-b', title: 'B', authority: 'org:other'})
        CREATE (:Task {key: 't:other-1', title: 'One', row: 3, due: date('2024-01-01')})-[:IN_PLAN]->(a),
               (:Task {key: 't:other-2', title: 'Two', row: 1, due: date('2025-01-01')})-[:IN_PLAN]->(b),
               (t3:Task {key: 't:other-3', title: 'Three', row: 2})-[:IN_PLAN]->(a),
               (t3)-[:IN_PLAN]->(b)`);
      try {
        const all = await of(null);
        expect(all).toHaveLength(32);
        // The server's order: by row (none last), then key.
        const byRowThenKey = [...all].sort(
          (x, y) =>
            (x.row ?? Infinity) - (y.row ?? Infinity) ||
            (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
        );
        expect(keys(all)).toEqual(keys(byRowThenKey));

        const worcester = await of('org:worcester-city-council');
        expect(keys(worcester)).toEqual(keys(all.filter((t) => !t.key.startsWith('t:other'))));

        // Several plans: every task once, in row order; the view sorts them its own way
        // (councilTasks in client/src/shared/council-choices.query.ts).
        const other = await of('org:other');
        expect(keys(other)).toEqual(['t:other-2', 't:other-3', 't:other-1']);
        const order = (await import(`../client/src/features/${file}`)) as Record<string, unknown>;
        const sortOf = (order.byRow ?? order.byDueThenRow) as (a: unknown, b: unknown) => number;
        expect(keys([...other].sort(sortOf))).toEqual(otherOrder);

        expect(await of('org:no-such-council')).toEqual([]);
      } finally {
        await db.driver.executeQuery(
          "MATCH (n) WHERE n.key STARTS WITH 'plan:other-' OR n.key STARTS WITH 't:other-' DETACH DELETE n",
        );
      }
    },
  );

  it("lists a council's tasks as the generated query does: fields, objective and RACI parties", async () => {
    const party = '{ key name __typename }';
    type Party = { key: string; name: string; type?: string; __typename?: string };
    type Task = Record<string, unknown> & {
      key: string;
      due?: string | null;
      dueEnd?: string | null;
      responsible: Party[];
      accountable: Party[];
      consulted: Party[];
      informed: Party[];
    };
    const generated = await data<{ plans: { tasks: Task[] }[] }>(
      `query { plans(where: { authority: { eq: "org:worcester-city-council" } }) { tasks {
        key title row status due dueEnd dueKind dueRaw objective { key title }
        responsible ${party} accountable ${party} consulted ${party} informed ${party} } } }`,
    );
    const viewParty = '{ key name type }';
    const view = await data<{ councilTasks: Task[] }>(
      `query { councilTasks(council: "org:worcester-city-council") {
        key title row status due dueEnd dueKind dueRaw objective { key title }
        responsible ${viewParty} accountable ${viewParty} consulted ${viewParty} informed ${viewParty} } }`,
    );
    const letters = ['responsible', 'accountable', 'consulted', 'informed'] as const;
    /** A letter's parties by key, each with its kind (the view's `type`, the interface's __typename). */
    const parties = (list: Party[]) =>
      list
        .map((p) => ({ key: p.key, name: p.name, type: p.type ?? p.__typename }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
    const normal = (t: Task) => ({
      ...t,
      ...Object.fromEntries(letters.map((l) => [l, parties(t[l])])),
    });
    const byKey = (a: Task, b: Task) => (a.key < b.key ? -1 : 1);
    const expected = generated.plans
      .flatMap((p) => p.tasks)
      .map(normal)
      .sort(byKey);
    expect(expected).toHaveLength(29);
    expect(expected.some((t) => (t.accountable as Party[]).some((p) => p.type === 'Board'))).toBe(
      true,
    );
    expect(view.councilTasks.map(normal).sort(byKey)).toEqual(expected);

    // Asked for one list (as the timeline asks), the view reads that one alone, and the same.
    const one = await data<{ councilTasks: { key: string; informed: Party[] }[] }>(
      `query { councilTasks(council: "org:worcester-city-council") { key informed { key name type } } }`,
    );
    expect(
      one.councilTasks
        .map((t) => ({ key: t.key, informed: parties(t.informed) }))
        .sort((a, b) => (a.key < b.key ? -1 : 1)),
    ).toEqual(expected.map((t) => ({ key: t.key, informed: t.informed })));
  });

  it('counts with an aggregate', async () => {
    const result = await data<{ tasksConnection: { aggregate: { count: { nodes: number } } } }>(
      'query { tasksConnection { aggregate { count { nodes } } } }',
    );
    expect(result.tasksConnection.aggregate.count.nodes).toBe(29);
  });

  it("reads a task's RACI parties through the Party interface", async () => {
    const result = await data<{ tasks: { accountable: { name: string }[] }[] }>(
      'query { tasks(where: { title: { startsWith: "Monitor outcomes from RSI" } }) { accountable { name } } }',
    );
    expect(result.tasks[0]?.accountable.map((p) => p.name).sort()).toEqual([
      'Housing Board',
      'Worcestershire Strategic Housing Officers Group',
    ]);
  });
});

describe('search', () => {
  it('finds a party by its abbreviation and says which alias matched', async () => {
    const { search } = await data<{
      search: { key: string; type: string; matched: string | null }[];
    }>('query { search(text: "HWOT") { key type matched } }');
    expect(search).toContainEqual(
      expect.objectContaining({ type: 'Organisation', matched: 'HWOT' }),
    );
  });

  it('suggests while typing and ranks the best match first', async () => {
    const { search } = await data<{ search: { name: string }[] }>(
      'query { search(text: "rough slee", limit: 5) { name } }',
    );
    expect(search.length).toBeGreaterThan(0);
    expect(search[0]?.name).toMatch(/rough sleep/i);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const { search } = await data<{ search: unknown[] }>(
      'query { search(text: "H&RSGroup ) OR (*") { key } }',
    );
    expect(Array.isArray(search)).toBe(true);
  });
});

describe('the graph view', () => {
  it('draws a party and its neighbourhood with edges only between drawn nodes', async () => {
    const { graph } = await data<{
      graph: { nodes: { id: string; type: string }[]; edges: { source: string; target: string }[] };
    }>(
      'query { graph(filter: { focus: "board:wshog", depth: 1 }) { nodes { id type } edges { source target type } truncated } }',
    );
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has('board:wshog')).toBe(true);
    expect(graph.nodes.some((n) => n.type === 'Task')).toBe(true);
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('keeps only the RACI letters asked for', async () => {
    const { graph } = await data<{ graph: { edges: { type: string }[] } }>(
      'query { graph(filter: { party: "board:wshog", raci: [A] }) { edges { type } } }',
    );
    const raci = graph.edges
      .map((e) => e.type)
      .filter((t) => /_(FOR|ON|OF)$/.test(t) && t !== 'FUNDED_BY');
    expect(raci.length).toBeGreaterThan(0);
    expect(new Set(raci)).toEqual(new Set(['ACCOUNTABLE_FOR']));
  });

  it('filters by client group and node type, and says when the limit cut the view', async () => {
    const { graph } = await data<{ graph: { nodes: { type: string }[]; truncated: boolean } }>(
      'query { graph(filter: { clientGroup: "clientgroup:domestic-abuse", types: ["Task", "ClientGroup"] }) { nodes { type } truncated } }',
    );
    expect(new Set(graph.nodes.map((n) => n.type))).toEqual(new Set(['Task', 'ClientGroup']));
    const small = await data<{ graph: { nodes: unknown[]; truncated: boolean } }>(
      'query { graph(filter: { limit: 5 }) { nodes { id } truncated } }',
    );
    expect(small.graph.nodes).toHaveLength(5);
    expect(small.graph.truncated).toBe(true);
  });

  it('refuses a depth out of range with the field named', async () => {
    const { body } = await api.graphql(
      'query { graph(filter: { focus: "board:wshog", depth: 40 }) { truncated } }',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.depth',
    });
  });
});

describe('the partner view', () => {
  it("lists a party's tasks by letter and who it shares them with", async () => {
    const { partnerView } = await data<{
      partnerView: {
        party: { name: string };
        tasks: { letters: string[] }[];
        neighbours: { name: string; sharedTasks: number }[];
      };
    }>(
      'query { partnerView(key: "org:worcester-cares") { party { name } tasks { title letters } neighbours { name sharedTasks } } }',
    );
    expect(partnerView.party.name).toBe('Worcester Cares');
    expect(partnerView.tasks.length).toBeGreaterThan(15);
    expect(partnerView.tasks.some((t) => t.letters.includes('C') && t.letters.includes('I'))).toBe(
      true,
    );
    const counts = partnerView.neighbours.map((n) => n.sharedTasks);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('answers null for a key that is no party', async () => {
    expect(await data('query { partnerView(key: "org:nobody") { aliases } }')).toEqual({
      partnerView: null,
    });
  });
});

describe('pathways', () => {
  it("gives a client group's pathways step by step with the last step marked a dead end", async () => {
    const { clientGroupPathways } = await data<{
      clientGroupPathways: { name: string; steps: { order: number; deadEnd: boolean }[] }[];
    }>(
      'query { clientGroupPathways(clientGroup: "Rough Sleepers") { name steps { order name deadEnd providers { name } } } }',
    );
    expect(clientGroupPathways.length).toBeGreaterThan(0);
    for (const route of clientGroupPathways) {
      const orders = route.steps.map((s) => s.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(route.steps.at(-1)?.deadEnd).toBe(true);
    }
  });
});

describe('findings and the evidence pack', () => {
  it('lists the rules and finds the task with two Accountables', async () => {
    const { analysis } = await data<{
      analysis: {
        rules: { id: string }[];
        findings: { ruleId: string; nodes: { name: string }[] }[];
      };
    }>(
      'query { analysis(input: { rules: ["raci-accountable-count"] }) { rules { id } findings { ruleId nodes { name } } } }',
    );
    expect(analysis.rules.length).toBeGreaterThanOrEqual(17);
    expect(analysis.findings).toHaveLength(1);
    expect(analysis.findings[0]?.nodes.map((n) => n.name).join(' ')).toMatch(
      /Monitor outcomes from RSI/,
    );
  });

  it('refuses an unknown rule with BAD_USER_INPUT', async () => {
    const { body } = await api.graphql(
      'query { analysis(input: { rules: ["no-such-rule"] }) { findings { id } } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the evidence pack for a client group as CSV', async () => {
    const { evidencePack } = await data<{
      evidencePack: { fileName: string; mediaType: string; content: string };
    }>(
      'query { evidencePack(scope: clientGroup, key: "clientgroup:rough-sleepers", format: csv) { fileName mediaType content } }',
    );
    expect(evidencePack.mediaType).toMatch(/^text\/csv/);
    expect(evidencePack.fileName).toMatch(/\.csv$/);
    expect(evidencePack.content.split('\n').length).toBeGreaterThan(5);
  });
});
