// Imports many plan files, several to a transaction. Each file is read, checked and written as if
// alone (its reads run in the same transaction, so it sees the files before it, as it would after
// their commits), but a transaction's commit costs about as much as a plan's writes, so a
// batch of files shares one. If the batch fails, each of its files is imported again in its own
// transaction: the good ones land, the bad one fails alone, and every file keeps its own report.
// Each file's frame (its plan and the names it adds, which the next file may resolve against) is
// written before the next file is read; the batch's tasks and removals, which no other file reads,
// go at the end in one statement each. A file whose plan has tasks still waiting (the same plan
// twice in a batch) has them written before it reads its plan.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ImportReport } from './import-report.js';
import { ImportError, type ImportOptions } from './import-options.js';
import { PlanFormatError } from './plan-format-error.js';
import { prepareImport, type PlanWrites, type ReadGraph } from './prepare-import.js';
import { removeGone, writeFrame, writeTasks } from './write-import.js';
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
  const writing: Promise<unknown>[] = [];
  let waiting: PlanWrites[] = [];
  const sendWaiting = () => {
    writeTasks(tx, waiting, writing);
    removeGone(tx, waiting, writing);
    waiting = [];
  };
  const read: ReadGraph = async (file, params) => {
    if (waiting.some((writes) => writes.plan.key === params.plan)) sendWaiting();
    return (await tx.run(importCypher(file), params)).records[0]?.toObject();
  };
  const outcomes: ImportOutcome[] = [];
  const sharedParties = new SharedParties();
  for (const file of batch) {
    try {
      const { report, writes } = await prepareImport(read, file, sharedParties);
      if (writes) {
        sharedParties.willWrite(writes);
        // Not awaited: the next file's reads queue behind these writes on the same transaction.
        writeFrame(tx, writes, writing);
        waiting.push(writes);
      }
      outcomes.push({ file: file.fileName, report });
    } catch (error) {
      if (!isRefusedFile(error)) throw error;
      outcomes.push({ file: file.fileName, error });
    }
  }
  sendWaiting();
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
