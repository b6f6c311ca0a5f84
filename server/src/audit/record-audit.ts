// Writes one audit-trail entry: who did what, when, to which nodes. Custom mutations record in
// their own transaction (so the entry and the change land together); generated mutations are
// recorded by the audit plugin once they have committed.
import crypto from 'node:crypto';
import type { ManagedTransaction, Driver } from 'neo4j-driver';
import { readCypher } from '../db/cypher-files.js';
import type { TokenClaims } from '../auth/tokens.js';

export interface AuditEvent {
  user: TokenClaims | undefined;
  operation: string;
  summary: string;
  outcome: 'ok' | 'error';
  nodes: string[];
  variables?: Record<string, unknown>;
}

const SECRET_FIELDS = /password|token|secret/i;
const MAX_VALUE = 500;

/** Variables as stored: secrets replaced, long values (file contents) cut short. */
export function redactVariables(variables: Record<string, unknown> = {}): string {
  return JSON.stringify(variables, (key, value: unknown) => {
    if (SECRET_FIELDS.test(key)) return '[redacted]';
    if (typeof value === 'string' && value.length > MAX_VALUE)
      return `${value.slice(0, 80)}… (${value.length} characters)`;
    return value;
  });
}

function parameters(event: AuditEvent) {
  return {
    event: {
      key: `audit:${crypto.randomUUID()}`,
      user: event.user?.sub ?? null,
      role: event.user
        ? event.user.roles.includes('admin')
          ? 'admin'
          : (event.user.roles[0] ?? null)
        : null,
      operation: event.operation,
      summary: event.summary,
      outcome: event.outcome,
      nodes: [...new Set(event.nodes)],
      variables: redactVariables(event.variables),
    },
  };
}

/** Records inside an open transaction. */
export async function recordAuditInTx(tx: ManagedTransaction, event: AuditEvent): Promise<void> {
  await tx.run(readCypher('audit/record.cypher'), parameters(event));
}

/** Records in a transaction of its own. */
export async function recordAudit(
  driver: Driver,
  database: string | undefined,
  event: AuditEvent,
): Promise<void> {
  await driver.executeQuery(readCypher('audit/record.cypher'), parameters(event), { database });
}
