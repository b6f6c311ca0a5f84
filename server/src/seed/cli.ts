// `npm run seed`: loads the seed data into the configured database. Safe to repeat: the curated
// files MERGE and the importer changes nothing that is already as the plan says.
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { applySchema } from '../db/apply-schema.js';
import { importSeedPlans, loadCuratedSeed } from './load-seed.js';
import { formatReport } from '../import/import-report.js';

async function main(): Promise<void> {
  const db = await openDatabase(readConfig(), console.log);
  try {
    await applySchema(db.driver, db.database);
    const curated = await loadCuratedSeed(db.driver, db.database);
    console.log(
      `Curated seed applied: ${curated.statements} statements from ${curated.files.join(', ')}.`,
    );
    for (const report of await importSeedPlans(db.driver, db.database))
      console.log(formatReport(report));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
