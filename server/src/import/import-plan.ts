// Imports one action-plan file into the graph: parse, resolve names against what the graph
// knows, compare with what the graph holds for that plan, and write the difference in ONE
// transaction (all or nothing). Used by `npm run import`, the seed loader and the API; many
// files at once go through import-plans.ts.
import type { Driver } from 'neo4j-driver';
import type { ImportReport } from './import-report.js';
import { ImportError, type ImportOptions } from './import-options.js';
import { prepareImport, type ReadGraph } from './prepare-import.js';
import { writeImport } from './write-import.js';
import { importCypher } from './import-cypher.js';

export { ImportError, type ImportOptions };

/** Imports a plan file; returns the report. Throws PlanFormatError for an unreadable file. */
export async function importPlan(driver: Driver, options: ImportOptions): Promise<ImportReport> {
  const database = options.database;
  const progress = options.onProgress ?? (() => {});
  // The reads run outside the write transaction: parsing a large file must not hold one open.
  const read: ReadGraph = async (file, params) =>
    (
      await driver.executeQuery(importCypher(file), params, { database, routing: 'READ' })
    ).records[0]?.toObject();
  const { report, writes } = await prepareImport(read, options);
  if (!writes) return report;
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) =>
      writeImport(tx, writes, (done, total) => progress({ phase: 'writing tasks', done, total })),
    );
  } finally {
    await session.close();
  }
  progress({ phase: 'done', done: writes.tasks.length, total: writes.tasks.length });
  return report;
}
