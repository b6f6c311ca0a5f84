// An Apollo Server plugin that records every generated mutation (createTasks, updateOrganisations,
// ...) in the audit trail after it ran, with the keys of the nodes its answer names. Custom
// mutations record their own entry inside their transaction and are skipped here.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.js';
import { recordAudit } from './record-audit.js';

/** Every string found under a `key` field of a response. */
export function collectKeys(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => collectKeys(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'key' && typeof v === 'string') out.add(v);
      else collectKeys(v, out);
    }
  }
  return out;
}

export function auditPlugin(selfRecording: Set<string>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue, request, errors }) {
          if (operation?.operation !== 'mutation') return;
          const fields = operation.selectionSet.selections
            .map((s) => (s.kind === 'Field' ? s.name.value : null))
            .filter((f): f is string => f !== null && !selfRecording.has(f));
          if (fields.length === 0) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = Boolean(errors?.length || body?.errors?.length);
          await recordAudit(contextValue.app.driver, contextValue.app.database, {
            user: contextValue.app.user,
            operation: fields.join(', '),
            summary: `${fields.join(', ')} ${failed ? 'failed' : 'succeeded'}`,
            outcome: failed ? 'error' : 'ok',
            nodes: [...collectKeys(body?.data)],
            variables: request.variables ?? {},
          }).catch(() => {
            // The change itself stands; a lost audit entry must not turn it into an error.
          });
        },
      };
    },
  };
}
