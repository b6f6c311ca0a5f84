// The writes of prepared imports, sent on a transaction the caller owns. A file's writes are its
// frame (the plan, the names it adds, its objectives), its new and changed tasks, and what it no
// longer has. Each statement costs Neo4j a few ms whatever it does, so files imported together
// (import-plans.ts) send their tasks and removals as one statement each for the whole batch.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { RACI_LETTERS } from './types.js';
import { measureKey } from '../graph/keys.js';
import { RACI_RELATIONSHIP } from '../graph/raci.js';
import { importCypher } from './import-cypher.js';
import type { PlanWrites } from './prepare-import.js';

/** Tasks per write-tasks statement: a few hundred for one file, so its progress can be shown. */
const TASK_BATCH = { file: 200, files: 1000 };

/** Statements sent but not yet answered; any failure fails the transaction, which the caller rolls back. */
type Pending = Promise<unknown>[];

/**
 * All of one file's writes. Sends every statement at once; they run in order (the driver
 * pipelines them), so the writes cost one round trip instead of one per statement.
 */
export function writeImport(
  tx: ManagedTransaction,
  writes: PlanWrites,
  onTasksWritten: (done: number, total: number) => void = () => {},
): Promise<unknown> {
  const pending: Pending = [];
  writeFrame(tx, writes, pending);
  writeTasks(tx, [writes], pending, onTasksWritten, TASK_BATCH.file);
  removeGone(tx, [writes], pending);
  return Promise.all(pending);
}

function send(tx: ManagedTransaction, pending: Pending, file: string, params: object) {
  const result = tx.run(importCypher(file), params);
  // Awaited by the caller later; until then a failure must not count as unhandled.
  result.then(
    () => {},
    () => {},
  );
  pending.push(result);
  return result;
}

/** The plan, its source and council, the parties and client groups it adds, aliases, objectives. */
export function writeFrame(tx: ManagedTransaction, writes: PlanWrites, pending: Pending): void {
  const { source, authority, plan } = writes;
  send(tx, pending, 'import/write-frame.cypher', {
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
}

/** The new and changed tasks of these files (whose frames were sent before), in order. */
export function writeTasks(
  tx: ManagedTransaction,
  files: PlanWrites[],
  pending: Pending,
  onTasksWritten: (done: number, total: number) => void = () => {},
  perStatement = TASK_BATCH.files,
): void {
  // Rows and orders go to Neo4j as integers: a JS number would be stored as a float.
  const tasks = files.flatMap(({ plan, source, tasks }) =>
    tasks.map((t) => ({
      ...t,
      plan: plan.key,
      source: source.key,
      row: neo4j.int(t.row),
      measures: t.measures.map((text, index) => ({
        key: measureKey(t.key, index + 1),
        text,
        order: neo4j.int(index + 1),
      })),
      raci: RACI_LETTERS.flatMap((letter) =>
        t.raci[letter].map((party) => ({ type: RACI_RELATIONSHIP[letter], party })),
      ),
    })),
  );
  for (let i = 0; i < tasks.length; i += perStatement) {
    const done = Math.min(i + perStatement, tasks.length);
    void send(tx, pending, 'import/write-tasks.cypher', {
      tasks: tasks.slice(i, i + perStatement),
    }).then(
      () => onTasksWritten(done, tasks.length),
      () => {},
    );
  }
}

/** What these files' plans no longer have; sent after their tasks (an objective left empty goes). */
export function removeGone(tx: ManagedTransaction, files: PlanWrites[], pending: Pending): void {
  if (files.length === 0) return;
  send(tx, pending, 'import/remove-gone.cypher', {
    plans: files.map((writes) => ({
      key: writes.plan.key,
      removed: writes.removed,
      keep: writes.objectives.map((o) => o.key),
    })),
  });
}
