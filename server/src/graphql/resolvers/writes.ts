// Resolvers for writes.graphql: each checks who may do it, validates its input, then changes the
// graph and records the audit entry in one transaction (createUser: the user, then its entry).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { readCypher } from '../../db/cypher-files.js';
import { toPlain } from '../../db/to-plain.js';
import { recordAuditInTx } from '../../audit/record-audit.js';
import { createUser, UserError } from '../../auth/users.js';
import { isRole } from '../../auth/roles.js';
import type { GraphQLContext } from '../context.js';
import { badInput, forbidden, notFound } from '../errors.js';
import { requireAuthority, requireRole, requireUser } from '../guards.js';
import { runQuery } from './run-query.js';
import { RACI_RELATIONSHIP, type RaciLetter } from '../../graph/raci.js';

/** The mutations that record their own audit entry (the audit plugin skips them). */
export const SELF_AUDITED = new Set([
  'setTaskStatus',
  'assignRaci',
  'unassignRaci',
  'mergeParties',
  'createUser',
  'importPlan',
  'login',
]);

async function write<T>(
  ctx: GraphQLContext,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = ctx.app.driver.session({ database: ctx.app.database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

async function run<T>(
  tx: ManagedTransaction,
  file: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = await tx.run(readCypher(file), params);
  return result.records.map((r) => toPlain<T>(r.toObject()));
}

interface TaskAccess {
  key: string;
  title: string;
  authority: string | null;
  responsible: boolean;
}

async function taskAccess(
  ctx: GraphQLContext,
  key: string,
  organisation: string | null,
): Promise<TaskAccess> {
  const [task] = await runQuery<TaskAccess>(ctx.app, 'mutations/task-access.cypher', {
    key,
    organisation,
  });
  if (!task) throw notFound(`There is no task with the key "${key}".`, 'key');
  return task;
}

export const writeResolvers = {
  Query: {
    auditTrail: async (
      _: unknown,
      args: { limit?: number | null; user?: string | null; node?: string | null },
      ctx: GraphQLContext,
    ) => {
      requireRole(ctx, ['planner', 'admin'], 'read the audit trail');
      const limit = args.limit ?? 50;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw badInput('limit must be from 1 to 1000.', 'limit');
      return runQuery(ctx.app, 'audit/trail.cypher', {
        limit: neo4j.int(limit),
        user: args.user ?? null,
        node: args.node ?? null,
      });
    },
    users: async (_: unknown, __: unknown, ctx: GraphQLContext) => {
      requireRole(ctx, ['admin'], 'list users');
      const { records } = await ctx.app.driver.executeQuery(
        'MATCH (u:User) RETURN u {.email, .name, .role, .organisation, .authority} AS u ORDER BY u.email',
        {},
        { database: ctx.app.database, routing: 'READ' },
      );
      return records.map((r) => r.get('u') as unknown);
    },
  },
  Mutation: {
    setTaskStatus: async (
      _: unknown,
      args: { key: string; status: string; notes?: string | null },
      ctx: GraphQLContext,
    ) => {
      const user = requireUser(ctx);
      if (args.notes && args.notes.length > 5000)
        throw badInput('Notes may be at most 5,000 characters.', 'notes');
      const task = await taskAccess(ctx, args.key, user.organisation ?? null);
      if (user.roles.includes('planner')) requireAuthority(user, task.authority, 'change tasks');
      else if (!(user.roles.includes('partner') && task.responsible))
        throw forbidden(
          'Only a planner of its council, or a partner Responsible for it, may change this task.',
        );
      return write(ctx, async (tx) => {
        const [changed] = await run(tx, 'mutations/set-task-status.cypher', {
          key: args.key,
          status: args.status,
          notes: args.notes ?? null,
          user: user.sub,
        });
        await recordAuditInTx(tx, {
          user,
          operation: 'setTaskStatus',
          summary: `Status of "${task.title}" set to ${args.status}`,
          outcome: 'ok',
          nodes: [args.key],
          variables: { ...args },
        });
        return changed;
      });
    },
    assignRaci: async (
      _: unknown,
      args: { task: string; party: string; letter: RaciLetter },
      ctx: GraphQLContext,
    ) => {
      const user = requireRole(ctx, ['planner'], 'assign RACI letters');
      const task = await taskAccess(ctx, args.task, null);
      requireAuthority(user, task.authority, 'assign RACI letters');
      const [party] = await runQuery<{ key: string }>(ctx.app, 'queries/party-exists.cypher', {
        key: args.party,
      });
      if (!party) throw notFound(`There is no party with the key "${args.party}".`, 'party');
      return write(ctx, async (tx) => {
        const existed = await run<{ n: number }>(tx, 'queries/raci-exists.cypher', {
          ...args,
          type: RACI_RELATIONSHIP[args.letter],
        });
        await run(tx, 'mutations/assign-raci.cypher', {
          task: args.task,
          party: args.party,
          type: RACI_RELATIONSHIP[args.letter],
          user: user.sub,
        });
        const changed = Number(existed[0]?.n ?? 0) === 0;
        await recordAuditInTx(tx, {
          user,
          operation: 'assignRaci',
          summary: `${args.party} given ${args.letter} on "${task.title}"${changed ? '' : ' (already held)'}`,
          outcome: 'ok',
          nodes: [args.task, args.party],
          variables: { ...args },
        });
        return { ...args, changed };
      });
    },
    unassignRaci: async (
      _: unknown,
      args: { task: string; party: string; letter: RaciLetter },
      ctx: GraphQLContext,
    ) => {
      const user = requireRole(ctx, ['planner'], 'remove RACI letters');
      const task = await taskAccess(ctx, args.task, null);
      requireAuthority(user, task.authority, 'remove RACI letters');
      return write(ctx, async (tx) => {
        const [removed] = await run<{ n: number }>(tx, 'mutations/unassign-raci.cypher', {
          task: args.task,
          party: args.party,
          type: RACI_RELATIONSHIP[args.letter],
        });
        const changed = Number(removed?.n ?? 0) > 0;
        await recordAuditInTx(tx, {
          user,
          operation: 'unassignRaci',
          summary: `${args.party} ${changed ? 'no longer' : 'was not'} ${args.letter} on "${task.title}"`,
          outcome: 'ok',
          nodes: [args.task, args.party],
          variables: { ...args },
        });
        return { ...args, changed };
      });
    },
    mergeParties: async (
      _: unknown,
      args: { keep: string; merge: string },
      ctx: GraphQLContext,
    ) => {
      const user = requireRole(ctx, ['planner'], 'merge parties');
      if (args.keep === args.merge)
        throw badInput('A party cannot be merged into itself.', 'merge');
      const found = await runQuery<{ key: string; authority: string | null }>(
        ctx.app,
        'queries/party-exists.cypher',
        {
          key: args.keep,
        },
      );
      const other = await runQuery<{ key: string; authority: string | null }>(
        ctx.app,
        'queries/party-exists.cypher',
        {
          key: args.merge,
        },
      );
      if (!found[0]) throw notFound(`There is no party with the key "${args.keep}".`, 'keep');
      if (!other[0]) throw notFound(`There is no party with the key "${args.merge}".`, 'merge');
      for (const party of [found[0], other[0]]) {
        if (party.authority) requireAuthority(user, party.authority, 'merge parties');
      }
      return write(ctx, async (tx) => {
        const [merged] = await run(tx, 'mutations/merge-parties.cypher', args);
        await recordAuditInTx(tx, {
          user,
          operation: 'mergeParties',
          summary: `${args.merge} merged into ${args.keep}`,
          outcome: 'ok',
          nodes: [args.keep],
          variables: { ...args },
        });
        return merged;
      });
    },
    createUser: async (
      _: unknown,
      args: {
        email: string;
        password: string;
        role: string;
        name?: string | null;
        organisation?: string | null;
        authority?: string | null;
      },
      ctx: GraphQLContext,
    ) => {
      const admin = requireRole(ctx, ['admin'], 'create users');
      if (!isRole(args.role))
        throw badInput(`"${args.role}" is not a role (viewer, partner, planner, admin).`, 'role');
      try {
        const user = await createUser(
          ctx.app.driver,
          {
            email: args.email,
            password: args.password,
            role: args.role,
            ...(args.name ? { name: args.name } : {}),
            ...(args.organisation ? { organisation: args.organisation } : {}),
            ...(args.authority ? { authority: args.authority } : {}),
          },
          ctx.app.database,
        );
        await write(ctx, (tx) =>
          recordAuditInTx(tx, {
            user: admin,
            operation: 'createUser',
            summary: `User ${user.email} created as ${user.role}`,
            outcome: 'ok',
            nodes: [`user:${user.email}`],
            variables: { ...args },
          }),
        );
        return user;
      } catch (error) {
        if (error instanceof UserError) throw badInput(error.message, error.field ?? 'email');
        throw error;
      }
    },
  },
};
