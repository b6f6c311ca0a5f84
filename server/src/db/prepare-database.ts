// Everything the database needs before the API may serve: the compatibility check that
// @neo4j/graphql expects (Neo4j version, APOC), the schema, and the seed data when empty.
import type { Driver } from 'neo4j-driver';
import type { Neo4jGraphQL } from '@neo4j/graphql';
import { StartupError } from '../errors.js';
import { applySchema } from './apply-schema.js';
import { databaseIsEmpty, importSeedPlans, loadCuratedSeed } from '../seed/load-seed.js';
import type { ReadinessState } from '../http/probes.js';

export interface PrepareOptions {
  driver: Driver;
  neoSchema: Neo4jGraphQL;
  database?: string | undefined;
  seed: boolean;
  readiness: ReadinessState;
  log?: (line: string) => void;
}

/** Verifies, applies the schema and seeds; updates `readiness` as it goes. */
export async function prepareDatabase(options: PrepareOptions): Promise<void> {
  const { driver, database, log = () => {} } = options;
  try {
    await options.neoSchema.checkNeo4jCompat({ driver, sessionConfig: { database } });
  } catch (error) {
    throw new StartupError(
      'DATABASE_INCOMPATIBLE',
      error instanceof Error ? error.message : String(error),
      'Use Neo4j 5.x with the APOC core plugin installed (Aura includes it).',
    );
  }
  const count = await applySchema(driver, database);
  options.readiness.schemaApplied = true;
  log(`Schema applied (${count} constraints and indexes).`);
  if (options.seed && (await databaseIsEmpty(driver, database))) {
    log('The database is empty: loading the seed data...');
    const result = await loadCuratedSeed(driver, database);
    log(`Curated seed loaded (${result.statements} statements from ${result.files.length} files).`);
    for (const report of await importSeedPlans(driver, database)) {
      const warnings = report.issues.filter((i) => i.severity !== 'info').length;
      log(
        `Plan imported: ${report.plan.title}: ${report.read.tasks} tasks, ${warnings} repaired or reported rows.`,
      );
    }
  }
  options.readiness.seedLoaded = true;
}
