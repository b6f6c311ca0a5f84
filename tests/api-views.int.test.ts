// Every read family of the API on the seed data: generated queries (filter, sort, paginate,
// aggregate), full-text search, the graph view, a partner's view and a client group's pathways.
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
    // RACI: by row; timeline: by due date (none last), then row.
    ['raci/raci.query.ts', ['t:other-3', 't:other-1']],
    ['timeline/timeline.query.ts', ['t:other-1', 't:other-3']],
  ])(
    "the client's %s reads every task, or one council's through its plans, in the view's order",
    async (file, planAOrder) => {
      const text = fs.readFileSync(path.join(projectRoot, 'client/src/features', file), 'utf8');
      const query = /gql`([\s\S]*?)`/.exec(text)?.[1] ?? '';
      type Answer = {
        tasks?: { key: string }[];
        plans?: { key: string; tasks: { key: string }[] }[];
      };
      // The variables the client sends (councilTasksVariables in
      // client/src/shared/council-choices.query.ts).
      const of = (council: string | null) => data<Answer>(query, { all: !council, council });
      const keys = (tasks: { key: string }[] | undefined) => tasks?.map((t) => t.key);
      // A second council with two plans.
      await db.driver.executeQuery(`
        CREATE (a:Plan {key: 'plan:other-a', title: 'A', authority: 'org:other'}),
               (b:Plan {key: 'plan:other-b', title: 'B', authority: 'org:other'})
        CREATE (:Task {key: 't:other-1', title: 'One', row: 3, due: date('2024-01-01')})-[:IN_PLAN]->(a),
               (:Task {key: 't:other-2', title: 'Two', row: 1, due: date('2025-01-01')})-[:IN_PLAN]->(b),
               (:Task {key: 't:other-3', title: 'Three', row: 2})-[:IN_PLAN]->(a)`);
      try {
        const all = await of(null);
        expect(all.plans).toBeUndefined();
        expect(all.tasks).toHaveLength(32);

        const worcester = await of('org:worcester-city-council');
        expect(worcester.tasks).toBeUndefined();
        expect(worcester.plans?.map((p) => p.key)).toEqual([
          'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan',
        ]);
        // Its tasks only, in the order the every-task list gives them.
        expect(keys(worcester.plans?.[0]?.tasks)).toEqual(
          keys(all.tasks?.filter((t) => !t.key.startsWith('t:other'))),
        );

        // Several plans: by key, each plan's tasks in the view's order (the client flattens
        // them and sorts them together the same way: councilTasks).
        const other = await of('org:other');
        expect(other.plans?.map((p) => [p.key, keys(p.tasks)])).toEqual([
          ['plan:other-a', planAOrder],
          ['plan:other-b', ['t:other-2']],
        ]);

        expect((await of('org:no-such-council')).plans).toEqual([]);
      } finally {
        await db.driver.executeQuery(
          "MATCH (n) WHERE n.key STARTS WITH 'plan:other-' OR n.key STARTS WITH 't:other-' DETACH DELETE n",
        );
      }
    },
  );

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
