// The writes of one prepared import, sent on a transaction the caller owns, in three statements
// (each costs Neo4j a few ms whatever it does): the plan's frame (the plan, the names it adds,
// its objectives), its new and changed tasks, and what it no longer has.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { RACI_LETTERS } from './types.js';
import { measureKey } from '../graph/keys.js';
import { RACI_RELATIONSHIP } from '../graph/raci.js';
import { importCypher } from './import-cypher.js';
import type { PlanWrites } from './prepare-import.js';

/** Tasks per write-tasks statement. */
const TASK_BATCH = 200;

/**
 * Sends every statement at once; they run in order (the driver pipelines them), so the writes
 * cost one round trip instead of one per statement. Resolves when all have run; any failure
 * fails the transaction, which the caller rolls back.
 */
export function writeImport(
  tx: ManagedTransaction,
  writes: PlanWrites,
  onTasksWritten: (done: number, total: number) => void = () => {},
): Promise<unknown> {
  const { source, authority, plan, tasks } = writes;
  const pending: Promise<unknown>[] = [];
  const run = (file: string, params: Record<string, unknown>): Promise<unknown> => {
    const result = tx.run(importCypher(file), params);
    pending.push(result);
    return result;
  };
  run('import/write-frame.cypher', {
    source,
    authority,
    plan: {
      ...plan,
      startYear: plan.startYear === undefined ? null : neo4j.int(plan.startYear),
    },
    parties: writes.newParties.map((p) => ({
      key: p.key,
      name: p.name,
      aliases: p.aliases,
      kind: p.kind ?? null,
      authority: p.authority,
      label: p.label ?? 'Organisation',
      locator: p.firstRow === null ? 'glossary' : `row ${p.firstRow}`,
    })),
    groups: writes.newGroups.map((g) => ({
      key: g.key,
      name: g.name,
      aliases: g.aliases,
      locator: g.firstRow === null ? 'glossary' : `row ${g.firstRow}`,
    })),
    additions: writes.aliasAdditions,
    objectives: writes.objectives.map((o) => ({
      key: o.key,
      title: o.title,
      order: neo4j.int(o.order),
      locator: `row ${o.rows.join(', ')}`,
    })),
  });
  for (let i = 0; i < tasks.length; i += TASK_BATCH) {
    // Rows and orders go to Neo4j as integers: a JS number would be stored as a float.
    const batch = tasks.slice(i, i + TASK_BATCH).map((t) => ({
      ...t,
      row: neo4j.int(t.row),
      measures: t.measures.map((text, index) => ({
        key: measureKey(t.key, index + 1),
        text,
        order: neo4j.int(index + 1),
      })),
      raci: RACI_LETTERS.flatMap((letter) =>
        t.raci[letter].map((party) => ({ type: RACI_RELATIONSHIP[letter], party })),
      ),
    }));
    const done = Math.min(i + TASK_BATCH, tasks.length);
    void run('import/write-tasks.cypher', {
      plan: plan.key,
      source: source.key,
      tasks: batch,
    }).then(
      () => onTasksWritten(done, tasks.length),
      () => {},
    );
  }
  run('import/remove-gone.cypher', {
    plan: plan.key,
    removed: writes.removed,
    keep: writes.objectives.map((o) => o.key),
  });
  return Promise.all(pending);
}
