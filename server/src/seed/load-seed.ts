// Loads the city's seed data into an empty database: the curated cypher/seed/*.cypher files
// (the alliance, the council's service structure, known parties, client groups), then the
// action plans in cypher/seed/plans through the importer. All of it in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherRoot, listCypherFiles, splitStatements } from '../db/cypher-files.js';
import { importPlan } from '../import/import-plan.js';
import type { ImportReport } from '../import/import-report.js';

export interface SeedResult {
  loaded: boolean;
  statements: number;
  files: string[];
}

/** True when the database holds no nodes at all. */
export async function databaseIsEmpty(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN count(n) = 0 AS empty',
    {},
    { database },
  );
  return records[0]?.get('empty') === true;
}

/** Runs the curated seed files in one transaction (all or nothing). */
export async function loadCuratedSeed(driver: Driver, database?: string): Promise<SeedResult> {
  const files = listCypherFiles('seed');
  let statements = 0;
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      statements = 0;
      for (const file of files) {
        for (const statement of splitStatements(fs.readFileSync(file, 'utf8'))) {
          try {
            await tx.run(statement);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new Error(
              `Seed statement in ${path.basename(file)} failed: ${message}\n${statement.slice(0, 400)}`,
            );
          }
          statements += 1;
        }
      }
    });
  } finally {
    await session.close();
  }
  return { loaded: true, statements, files: files.map((f) => path.basename(f)) };
}

interface SeedPlan {
  file: string;
  authority: string;
  title: string;
  startYear?: number;
}

/** Imports the action plans listed in cypher/seed/plans/plans.json through the importer. */
export async function importSeedPlans(driver: Driver, database?: string): Promise<ImportReport[]> {
  const folder = path.join(cypherRoot, 'seed', 'plans');
  const plans = JSON.parse(fs.readFileSync(path.join(folder, 'plans.json'), 'utf8')) as SeedPlan[];
  const reports: ImportReport[] = [];
  for (const plan of plans) {
    reports.push(
      await importPlan(driver, {
        fileName: path.join(folder, plan.file),
        content: fs.readFileSync(path.join(folder, plan.file)),
        authority: plan.authority,
        title: plan.title,
        ...(plan.startYear !== undefined ? { startYear: plan.startYear } : {}),
        ...(database ? { database } : {}),
      }),
    );
  }
  return reports;
}
