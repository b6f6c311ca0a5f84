// Resolvers for the views of views.graphql: search, the Cytoscape graph, a partner's view, a
// council's task list and the pathways of a client group. Each runs one query from cypher/queries/.
import neo4j from 'neo4j-driver';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../errors.js';
import type { GraphQLContext } from '../context.js';
import { runQuery } from './run-query.js';
import { RACI_RELATIONSHIP, type RaciLetter } from '../../graph/raci.js';
import { toLuceneQuery } from './lucene-query.js';
import { selectedFields } from './selected-fields.js';

export interface GraphFilterInput {
  types?: string[] | null;
  authority?: string | null;
  clientGroup?: string | null;
  objective?: string | null;
  party?: string | null;
  raci?: RaciLetter[] | null;
  status?: string[] | null;
  focus?: string | null;
  depth?: number | null;
  limit?: number | null;
}

const MAX_NODES = 20_000;

/** The lists of a TaskListing that council-tasks.cypher reads only when they are selected. */
export const TASK_LISTS = [
  'objective',
  'responsible',
  'accountable',
  'consulted',
  'informed',
] as const;

/**
 * The parameters council-tasks.cypher expects: the council (null for every task) and which lists
 * to read, those among `fields` (the lists of parties are most of the query's work, and the
 * timeline asks for one of the four).
 */
export function councilTasksParameters(council: string | null, fields: ReadonlySet<string>) {
  return {
    council,
    lists: Object.fromEntries(TASK_LISTS.map((list) => [list, fields.has(list)])),
  };
}

/** The parameters graph-view.cypher expects, with defaults and bounds applied. */
export function graphParameters(filter: GraphFilterInput = {}) {
  const depth = filter.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > 6)
    throw badInput('depth must be a whole number from 0 to 6.', 'filter.depth');
  const limit = filter.limit ?? 3000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES)
    throw badInput(`limit must be a whole number from 1 to ${MAX_NODES}.`, 'filter.limit');
  const letters = filter.raci?.length ? filter.raci : null;
  return {
    focus: filter.focus ?? null,
    depth: neo4j.int(depth),
    limit: neo4j.int(limit),
    types: filter.types?.length ? filter.types : null,
    authority: filter.authority ?? null,
    clientGroup: filter.clientGroup ?? null,
    objective: filter.objective ?? null,
    party: filter.party ?? null,
    raci: letters,
    status: filter.status?.length ? filter.status : null,
    raciTypes: (letters ?? (Object.keys(RACI_RELATIONSHIP) as RaciLetter[])).map(
      (l) => RACI_RELATIONSHIP[l],
    ),
    allRaciTypes: Object.values(RACI_RELATIONSHIP),
    taskScoped: Boolean(
      filter.authority ||
      filter.objective ||
      filter.party ||
      letters ||
      filter.status?.length ||
      filter.clientGroup,
    ),
  };
}

export const viewResolvers = {
  Query: {
    search: async (
      _: unknown,
      args: { text: string; limit?: number | null },
      ctx: GraphQLContext,
    ) => {
      const limit = args.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw badInput('limit must be from 1 to 100.', 'limit');
      if (args.text.length > 200)
        throw badInput('The search text is longer than 200 characters.', 'text');
      const query = toLuceneQuery(args.text);
      if (!query) return [];
      return runQuery(ctx.app, 'queries/search.cypher', {
        query,
        text: args.text.trim(),
        limit: neo4j.int(limit),
        types: null,
      });
    },
    graph: async (_: unknown, args: { filter?: GraphFilterInput | null }, ctx: GraphQLContext) => {
      const [view] = await runQuery(ctx.app, 'queries/graph-view.cypher', {
        f: graphParameters(args.filter ?? {}),
      });
      return view ?? { nodes: [], edges: [], truncated: false };
    },
    partnerView: async (_: unknown, args: { key: string }, ctx: GraphQLContext) => {
      const [view] = await runQuery(ctx.app, 'queries/partner-view.cypher', { key: args.key });
      return view ?? null;
    },
    councilTasks: (
      _: unknown,
      args: { council?: string | null },
      ctx: GraphQLContext,
      info: GraphQLResolveInfo,
    ) =>
      runQuery(
        ctx.app,
        'queries/council-tasks.cypher',
        councilTasksParameters(args.council ?? null, selectedFields(info)),
      ),
    clientGroupPathways: async (_: unknown, args: { clientGroup: string }, ctx: GraphQLContext) => {
      const routes = await runQuery<{ steps: { order: number }[] }>(
        ctx.app,
        'queries/client-group-pathways.cypher',
        {
          clientGroup: args.clientGroup,
        },
      );
      return routes.map((route) => ({
        ...route,
        steps: route.steps.map((step, index) => ({
          ...step,
          deadEnd: index === route.steps.length - 1,
        })),
      }));
    },
  },
};
