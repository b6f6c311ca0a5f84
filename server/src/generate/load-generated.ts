// Loads a generated dataset into the graph: the shared national and county bodies once, the
// authorities' curated structure in batches (Cypher MERGE, as the seed's curated files), then each
// authority's plan through the real importer, several plans to a transaction (import-plans.ts),
// timing the importer so its throughput can be reported.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { importPlans } from '../import/import-plans.js';
import { readCypher } from '../db/cypher-files.js';
import type { AuthorityStructure, Manifest, SharedData } from './generate-dataset.js';

/** Authorities whose structure goes to Neo4j in one statement (one transaction). */
const STRUCTURE_BATCH = 50;
/** Plans written in one transaction (a failed batch is retried plan by plan). */
const IMPORT_BATCH = 20;

export interface LoadOptions {
  /** Reads a file of the dataset by its path relative to the dataset (as in the manifest). */
  readFile: (relativePath: string) => string;
  database?: string | undefined;
  /** Load only authorities from this index on (the earlier ones are already in the graph). */
  from?: number;
  /** And only up to (not including) this index. */
  to?: number;
  /** Plans per import transaction (default: importPlans'). */
  batchSize?: number;
  onProgress?: (done: number, total: number, name: string) => void;
  /** Called once the structure is loaded, just before the first plan is imported. */
  onImportStart?: () => void;
}

export interface LoadResult {
  authorities: number;
  /** Rows the importer read (task rows, as its report counts them). */
  rows: number;
  tasks: number;
  /** Seconds spent inside importPlan. */
  importSeconds: number;
  /** Each import transaction in order: its plans, their rows and its seconds (warm-up shows). */
  batches: { plans: number; rows: number; seconds: number }[];
  /** Seconds spent loading the curated structure. */
  structureSeconds: number;
  /** Error-level issues, and one for each plan refused or failed as a whole (nothing of it written). */
  issues: { error: number; warning: number; info: number };
  /** Plans refused or failed as a whole. */
  failed: number;
  /** The first few error-level issues, with their file and row, and failed plans. */
  errors: string[];
}

/** A reader for a dataset written to `dir` by `npm run generate`. */
export function readFromDir(dir: string): (relativePath: string) => string {
  return (relativePath) => fs.readFileSync(path.join(dir, relativePath), 'utf8');
}

export async function loadGenerated(driver: Driver, options: LoadOptions): Promise<LoadResult> {
  const manifest = JSON.parse(options.readFile('manifest.json')) as Manifest;
  const database = options.database;
  const result: LoadResult = {
    authorities: 0,
    rows: 0,
    tasks: 0,
    importSeconds: 0,
    batches: [],
    structureSeconds: 0,
    issues: { error: 0, warning: 0, info: 0 },
    failed: 0,
    errors: [],
  };
  const shared = JSON.parse(options.readFile(manifest.shared)) as SharedData;
  let started = performance.now();
  await driver.executeQuery(readCypher('generate/load-shared.cypher'), { ...shared }, { database });

  // Every chosen authority's structure before any plan: a plan only resolves against its own
  // council's parties and the shared ones, so the order between authorities does not matter.
  const chosen = manifest.authorities.slice(options.from ?? 0, options.to);
  for (let i = 0; i < chosen.length; i += STRUCTURE_BATCH) {
    const authorities = chosen
      .slice(i, i + STRUCTURE_BATCH)
      .map((a) => JSON.parse(options.readFile(a.structureFile)) as AuthorityStructure);
    await driver.executeQuery(
      readCypher('generate/load-structure.cypher'),
      { authorities },
      { database },
    );
  }
  result.structureSeconds += (performance.now() - started) / 1000;

  const files = chosen.map((authority) => ({
    fileName: path.basename(authority.planFile),
    content: options.readFile(authority.planFile),
    authority: authority.key,
    title: authority.title,
    startYear: authority.startYear,
  }));
  const batchSize = options.batchSize ?? IMPORT_BATCH;
  options.onImportStart?.();
  for (let i = 0; i < files.length; i += batchSize) {
    started = performance.now();
    const outcomes = await importPlans(driver, files.slice(i, i + batchSize), {
      database,
      batchSize,
    });
    const seconds = (performance.now() - started) / 1000;
    result.importSeconds += seconds;
    const batch = { plans: outcomes.length, rows: 0, seconds };
    result.batches.push(batch);
    for (const [offset, outcome] of outcomes.entries()) {
      const authority = chosen[i + offset] as (typeof chosen)[number];
      result.authorities += 1;
      if (outcome.error) {
        result.failed += 1;
        result.issues.error += 1;
        if (result.errors.length < 10)
          result.errors.push(`${authority.planFile}: ${outcome.error.message}`);
      } else {
        const report = outcome.report;
        result.rows += report.read.rows;
        batch.rows += report.read.rows;
        result.tasks += report.read.tasks;
        for (const issue of report.issues) {
          result.issues[issue.severity] += 1;
          if (issue.severity === 'error' && result.errors.length < 10)
            result.errors.push(`${authority.planFile} row ${issue.row ?? '?'}: ${issue.message}`);
        }
      }
      options.onProgress?.(i + offset + 1, chosen.length, authority.name);
    }
  }
  return result;
}
