// Restores a backup into an empty database in ONE write transaction: every node and relationship
// lands, or (on any failure) none does. A database that holds anything is refused unless
// `force` is given, which deletes what is there in the same transaction.
import type { Driver } from 'neo4j-driver';
import { readCypher } from '../db/cypher-files.js';
import { BackupError } from './backup-error.js';
import type { Backup } from './read-backup.js';

export interface RestoreOptions {
  database?: string | undefined;
  /** Replace whatever the database holds. */
  force?: boolean;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

const BATCH = 1000;

/** Restores a backup read by readBackup; returns what was replaced. */
export async function restoreGraph(
  driver: Driver,
  backup: Backup,
  options: RestoreOptions = {},
): Promise<{ replacedNodes: number }> {
  const progress = options.onProgress ?? (() => {});
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counted = await tx.run('MATCH (n) RETURN count(n) AS n');
      const existing = Number(counted.records[0]?.get('n') ?? 0);
      if (existing > 0 && !options.force) {
        throw new BackupError(
          'NOT_EMPTY',
          `The database already holds ${existing} nodes, so nothing was restored. Restore into an empty database (a new NEO4J_DATA_DIR), or add --force to replace everything in it.`,
        );
      }
      if (existing > 0) await tx.run('MATCH (n) DETACH DELETE n');
      const elementIds: string[] = new Array<string>(backup.nodes.length);
      for (let i = 0; i < backup.nodes.length; i += BATCH) {
        const result = await tx.run(readCypher('backup/create-nodes.cypher'), {
          nodes: backup.nodes.slice(i, i + BATCH),
        });
        for (const record of result.records)
          elementIds[Number(record.get('id'))] = record.get('elementId') as string;
        progress({
          phase: 'nodes',
          done: Math.min(i + BATCH, backup.nodes.length),
          total: backup.nodes.length,
        });
      }
      for (let i = 0; i < backup.relationships.length; i += BATCH) {
        const batch = backup.relationships.slice(i, i + BATCH).map((r) => ({
          from: elementIds[r.from],
          to: elementIds[r.to],
          type: r.type,
          props: r.props,
        }));
        const result = await tx.run(readCypher('backup/create-relationships.cypher'), {
          relationships: batch,
        });
        const created = Number(result.records[0]?.get('created') ?? 0);
        if (created !== batch.length)
          throw new Error(
            `Only ${created} of ${batch.length} relationships found both their ends; nothing was restored.`,
          );
        progress({
          phase: 'relationships',
          done: Math.min(i + BATCH, backup.relationships.length),
          total: backup.relationships.length,
        });
      }
      return { replacedNodes: existing };
    });
  } finally {
    await session.close();
  }
}
