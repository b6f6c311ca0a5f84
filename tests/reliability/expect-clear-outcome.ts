// The promise every bad file must keep: the importer refuses it with a PlanFormatError or
// ImportError that names the file (and the graph is exactly as before), or it imports it and the
// whole file is in the graph, stored as text, with nothing that was there lost.
import { expect } from 'vitest';
import type { TestDatabase } from '../helpers/neo4j.js';
import { graphSnapshot } from '../helpers/graph-snapshot.js';
import { importPlan, ImportError } from '../../server/src/import/import-plan.js';
import { PlanFormatError } from '../../server/src/import/plan-format-error.js';
import type { ImportReport } from '../../server/src/import/import-report.js';
import type { BadPlanFile } from './bad-plan-corpus.js';

export async function labelCounts(db: TestDatabase): Promise<Record<string, number>> {
  const rows = await db.query<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  return Object.fromEntries(rows.map((r) => [r.label, r.n]));
}

/** Imports the file for `authority`; `before` holds the label counts of the graph to keep. */
export async function expectClearOutcome(
  db: TestDatabase,
  file: BadPlanFile,
  authority: string,
  before: Record<string, number>,
): Promise<'refused' | 'imported'> {
  const snapshot = await graphSnapshot(db);
  let report: ImportReport;
  try {
    report = await importPlan(db.driver, {
      fileName: file.fileName,
      content: file.content,
      authority,
      ...(file.glossary ? { glossary: file.glossary } : {}),
      ...(db.database ? { database: db.database } : {}),
    });
  } catch (error) {
    // Anything else (a driver error, a RangeError) is a bug in the importer.
    expect(error, String(error)).toSatisfy(
      (e: unknown) => e instanceof PlanFormatError || e instanceof ImportError,
    );
    const message = (error as Error).message;
    expect(message).toContain(file.fileName);
    expect(message.length).toBeLessThan(1000);
    expect(await graphSnapshot(db)).toBe(snapshot);
    return 'refused';
  }
  const [stored] = await db.query<{ tasks: number }>(
    'MATCH (p:Plan {key: $plan}) OPTIONAL MATCH (t:Task)-[:IN_PLAN]->(p) RETURN count(t) AS tasks',
    { plan: report.plan.key },
  );
  expect(stored?.tasks).toBe(report.read.tasks);
  for (const added of report.changes.added) {
    const [task] = await db.query<{ title: string }>(
      'MATCH (t:Task {key: $key}) RETURN t.title AS title',
      { key: added.key },
    );
    expect(task?.title).toBe(added.title);
  }
  const now = await labelCounts(db);
  for (const [label, count] of Object.entries(before))
    expect(now[label] ?? 0, `${label} nodes after ${file.fileName}`).toBeGreaterThanOrEqual(count);
  return 'imported';
}
