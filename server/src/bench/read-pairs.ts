// The same reads through the GraphQL API (HTTP, as the client sends them) and as hand-written
// Cypher over Bolt (the floor a client of the database alone would pay): partner view, a council's
// task list with its RACI (the view the RACI matrix and the timeline read, and the generated query
// they read before), a graph view and full-text search.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { readCypher } from '../db/cypher-files.js';
import { councilTasksParameters, graphParameters, TASK_LISTS } from '../graphql/resolvers/views.js';
import { toLuceneQuery } from '../graphql/resolvers/lucene-query.js';

export interface ReadPair {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { text: string; params: Record<string, unknown> };
}

/** The task list with RACI, hand-written: what the generated `plans { tasks }` query returns. */
const TASK_LIST_CYPHER = `
MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan})
RETURN t.key AS key, t.title AS title, t.dueRaw AS dueRaw, t.status AS status,
  [(p:Party)-[:RESPONSIBLE_FOR]->(t) | {key: p.key, name: p.name}] AS responsible,
  [(p:Party)-[:ACCOUNTABLE_FOR]->(t) | {key: p.key, name: p.name}] AS accountable,
  [(p:Party)-[:CONSULTED_ON]->(t) | {key: p.key, name: p.name}] AS consulted,
  [(p:Party)-[:INFORMED_OF]->(t) | {key: p.key, name: p.name}] AS informed`;

/**
 * The same list through the API, rooted at the plan: `plans(where: key)` compiles to an index seek
 * on Plan.key and an expand to its tasks. The task-rooted form, `tasks(where: { plan: { some:
 * { key: { eq: $plan } } } })`, compiles to `MATCH (this:Task) WHERE EXISTS { MATCH
 * (this)-[:IN_PLAN]->(:Plan) WHERE … }`: a scan of every task and an expand each (PROFILE at 300
 * councils, 7,785 tasks: 114,081 db hits for 28 rows, 11.5x the Cypher).
 */
const TASK_LIST_GRAPHQL = `query TaskList($plan: String!) {
  plans(where: { key: { eq: $plan } }) {
    tasks {
      key title dueRaw status
      responsible { key name } accountable { key name } consulted { key name } informed { key name }
    }
  }
}`;

export function readPairs(options: {
  party: string;
  plan: string;
  authority: string;
  searchText: string;
}): ReadPair[] {
  const search = toLuceneQuery(options.searchText);
  return [
    {
      name: `partner view (${options.party})`,
      graphql: {
        query: `query Partner($key: String!) { partnerView(key: $key) {
          party { key name type } aliases
          tasks { key title letters status due dueRaw objective }
          boards { key name } services { key name } clientGroups { key name }
          neighbours { key name type sharedTasks } } }`,
        variables: { key: options.party },
      },
      cypher: { text: readCypher('queries/partner-view.cypher'), params: { key: options.party } },
    },
    {
      name: 'task list with RACI (one council, view)',
      graphql: {
        query: `query Tasks($council: String) { councilTasks(council: $council) {
          key title row status due dueEnd dueKind dueRaw objective { key title }
          responsible { key name type } accountable { key name type }
          consulted { key name type } informed { key name type } } }`,
        variables: { council: options.authority },
      },
      cypher: {
        text: readCypher('queries/council-tasks.cypher'),
        // Every list, as the GraphQL side selects them all.
        params: councilTasksParameters(options.authority, new Set(TASK_LISTS)),
      },
    },
    {
      name: 'task list with RACI (one plan, generated)',
      graphql: { query: TASK_LIST_GRAPHQL, variables: { plan: options.plan } },
      cypher: { text: TASK_LIST_CYPHER, params: { plan: options.plan } },
    },
    {
      name: 'graph view (one council)',
      graphql: {
        query: `query Graph($a: String!) { graph(filter: { authority: $a }) {
          nodes { id type label kind status due authority }
          edges { id source target type row sourceDocument } truncated } }`,
        variables: { a: options.authority },
      },
      cypher: {
        text: readCypher('queries/graph-view.cypher'),
        params: { f: graphParameters({ authority: options.authority }) },
      },
    },
    {
      name: `full-text search ("${options.searchText}")`,
      graphql: {
        query: `query Search($t: String!) { search(text: $t) { key type name matched score } }`,
        variables: { t: options.searchText },
      },
      cypher: {
        text: readCypher('queries/search.cypher'),
        params: { query: search, text: options.searchText, limit: neo4j.int(20), types: null },
      },
    },
  ];
}

/** Sends one GraphQL request; throws when the answer carries errors (a benchmark of errors is worthless). */
export async function postGraphQL(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(`GraphQL error: ${json.errors[0]?.message}`);
  return json.data;
}

/**
 * Runs the hand-written query the cheapest way a client can (an auto-commit transaction: one
 * round trip) and turns the records into objects (what any client does).
 */
export async function runCypher(driver: Driver, pair: ReadPair): Promise<unknown> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(pair.cypher.text, pair.cypher.params);
    return records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
