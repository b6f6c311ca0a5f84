// The importPlan mutation: the client's Import view sends the file as base64, first as a dry run
// (the report, nothing written), then for real once the user confirms.
import { importPlan, ImportError } from '../../import/import-plan.js';
import { PlanFormatError } from '../../import/plan-format-error.js';
import type { ImportReport } from '../../import/import-report.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { requireAuthority, requireRole } from '../guards.js';

const MAX_BYTES = 10 * 1024 * 1024;

interface ImportArgs {
  fileName: string;
  contentBase64: string;
  authority?: string | null;
  title?: string | null;
  dryRun?: boolean | null;
}

/** The report in the shape of import.graphql's ImportReport. */
export function toGraphQLReport(report: ImportReport) {
  return {
    file: report.file,
    format: report.format,
    layout: report.layout,
    dryRun: report.dryRun,
    changed: report.changed,
    authorityKey: report.authority.key,
    authorityName: report.authority.name,
    planKey: report.plan.key,
    planTitle: report.plan.title,
    rowsRead: report.read.rows,
    tasksRead: report.read.tasks,
    objectivesRead: report.read.objectives,
    glossaryEntries: report.read.glossaryEntries,
    partiesMatched: report.resolved.parties.matched,
    partiesCreated: report.resolved.parties.created,
    clientGroupsCreated: report.resolved.clientGroups.created,
    added: report.changes.added.map((t) => ({ ...t, fields: [] })),
    updated: report.changes.updated,
    removed: report.changes.removed.map((t) => ({ ...t, row: null, fields: [] })),
    unchanged: report.changes.unchanged,
    issues: report.issues,
  };
}

export const importResolvers = {
  Mutation: {
    importPlan: async (_: unknown, args: ImportArgs, ctx: GraphQLContext) => {
      const user = requireRole(ctx, ['planner'], 'import plans');
      if (!/^[\w .()-]{1,200}$/.test(args.fileName))
        throw badInput(
          'The file name may hold letters, digits, spaces and . _ - ( ) only, at most 200.',
          'fileName',
        );
      if (!/^[A-Za-z0-9+/=\s]*$/.test(args.contentBase64))
        throw badInput('The file content is not base64.', 'contentBase64');
      const content = Buffer.from(args.contentBase64, 'base64');
      if (content.length > MAX_BYTES)
        throw badInput(`The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`, 'contentBase64');
      const authority =
        args.authority ?? (user.roles.includes('admin') ? undefined : user.authority);
      try {
        const dryRun = args.dryRun ?? true;
        // A planner's import is checked against its council before anything is written.
        const preview = await importPlan(ctx.app.driver, {
          fileName: args.fileName,
          content,
          ...(authority ? { authority } : {}),
          ...(args.title ? { title: args.title } : {}),
          dryRun: true,
          ...(ctx.app.database ? { database: ctx.app.database } : {}),
        });
        requireAuthority(user, preview.authority.key, 'import plans');
        const report = dryRun
          ? preview
          : await importPlan(ctx.app.driver, {
              fileName: args.fileName,
              content,
              authority: preview.authority.key,
              ...(args.title ? { title: args.title } : {}),
              dryRun: false,
              ...(ctx.app.database ? { database: ctx.app.database } : {}),
            });
        if (!dryRun) {
          await recordAudit(ctx.app.driver, ctx.app.database, {
            user,
            operation: 'importPlan',
            summary: `Imported ${report.file}: ${report.changes.added.length} added, ${report.changes.updated.length} updated, ${report.changes.removed.length} removed`,
            outcome: 'ok',
            nodes: [report.plan.key],
            variables: { fileName: args.fileName, authority: args.authority, title: args.title },
          });
        }
        return toGraphQLReport(report);
      } catch (error) {
        if (error instanceof PlanFormatError || error instanceof ImportError)
          throw badInput(error.message, 'contentBase64');
        throw error;
      }
    },
  },
};
