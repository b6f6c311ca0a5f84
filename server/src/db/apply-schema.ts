// Applies cypher/schema/*.cypher: constraints and indexes written with IF NOT EXISTS, so
// running it at every start changes nothing once applied.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { listCypherFiles, splitStatements } from './cypher-files.js';

/** Runs every schema statement, then waits for the indexes to come online. Returns the count run. */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  let count = 0;
  const session = driver.session({ database });
  try {
    for (const file of listCypherFiles('schema')) {
      for (const statement of splitStatements(fs.readFileSync(file, 'utf8'))) {
        try {
          await session.run(statement);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(
            `Schema statement in ${path.basename(file)} failed: ${message}\n${statement}`,
          );
        }
        count += 1;
      }
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return count;
}
