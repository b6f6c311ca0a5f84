// Imports many plan files, several to a transaction. Each file is read, checked and written as if
// alone (its reads run in the same transaction, so it sees the files before it, as it would after
// their commits), but a transaction's commit costs about as much as a plan's writes, so a
// batch of files shares one. If the batch fails, each of its files is imported again in its own
// transaction: the good ones land, the bad one fails alone, and every file keeps its own report.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ImportReport } from './import-report.js';
import { ImportError, type ImportOptions } from './import-options.js';
import { PlanFormatError } from './plan-format-error.js';
import { prepareImport, type ReadGraph } from './prepare-import.js';
import { writeImport } from './write-import.js';
import { importCypher } from './import-cypher.js';
import { importPlan } from './import-plan.js';
import { SharedParties } from './shared-parties.js';

export type ImportOutcome =
  | { file: string; report: ImportReport; error?: undefined }
  | { file: string; report?: undefined; error: Error };

export interface ImportPlansOptions {
  database?: string | undefined;
  /** Files per transaction (default 20); 1 imports each file alone. */
  batchSize?: number;
}

/** Imports the files in order; one outcome per file, in the same order. Never throws for a bad file. */
export async function importPlans(
  driver: Driver,
  files: ImportOptions[],
  options: ImportPlansOptions = {},
): Promise<ImportOutcome[]> {
  const batchSize = Math.max(1, options.batchSize ?? 20);
  const withDatabase = files.map((file) =>
    options.database ? { ...file, database: options.database } : file,
  );
  const outcomes: ImportOutcome[] = [];
  for (let i = 0; i < withDatabase.length; i += batchSize) {
    const batch = withDatabase.slice(i, i + batchSize);
    outcomes.push(...(await importBatch(driver, batch, options.database)));
  }
  return outcomes;
}

/** A file the importer refuses before writing anything: it fails alone, the batch goes on. */
function isRefusedFile(error: unknown): error is Error {
  return error instanceof PlanFormatError || error instanceof ImportError;
}

async function importBatch(
  driver: Driver,
  batch: ImportOptions[],
  database: string | undefined,
): Promise<ImportOutcome[]> {
  if (batch.length > 1) {
    const session = driver.session({ database });
    try {
      return await session.executeWrite((tx) => importTogether(tx, batch));
    } catch {
      // Some file's writes failed and the whole batch was rolled back: one by one, below.
    } finally {
      await session.close();
    }
  }
  const outcomes: ImportOutcome[] = [];
  for (const file of batch) outcomes.push(await importAlone(driver, file));
  return outcomes;
}

async function importTogether(
  tx: ManagedTransaction,
  batch: ImportOptions[],
): Promise<ImportOutcome[]> {
  const read: ReadGraph = async (file, params) =>
    (await tx.run(importCypher(file), params)).records[0]?.toObject();
  const outcomes: ImportOutcome[] = [];
  const writing: Promise<unknown>[] = [];
  const sharedParties = new SharedParties();
  for (const file of batch) {
    try {
      const { report, writes } = await prepareImport(read, file, sharedParties);
      if (writes) {
        sharedParties.willWrite(writes);
        // Not awaited: the next file's reads queue behind these writes on the same transaction.
        const written = writeImport(tx, writes);
        written.catch(() => {}); // its failure is awaited below; this only keeps it handled
        writing.push(written);
      }
      outcomes.push({ file: file.fileName, report });
    } catch (error) {
      if (!isRefusedFile(error)) throw error;
      outcomes.push({ file: file.fileName, error });
    }
  }
  await Promise.all(writing);
  return outcomes;
}

async function importAlone(driver: Driver, file: ImportOptions): Promise<ImportOutcome> {
  try {
    return { file: file.fileName, report: await importPlan(driver, file) };
  } catch (error) {
    return {
      file: file.fileName,
      error: error instanceof Error ? error : new Error(String(error)),
    };
  }
}
