// `npm run restore -- <file> [--force]`: restores a backup made by `npm run export` into an
// empty database, in one transaction. --force replaces whatever the database holds.
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { applySchema } from '../db/apply-schema.js';
import { readArgs } from '../cli-args.js';
import { readBackup } from './read-backup.js';
import { restoreGraph } from './restore-graph.js';
import { BackupError } from './backup-error.js';

const USAGE = `Usage: npm run restore -- <backup file> [--force]
  --force   replace everything in a database that is not empty`;

async function main(): Promise<number> {
  const { values, positionals } = readArgs(
    { force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    USAGE,
  );
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = path.resolve(positionals[0] ?? '');
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  // The whole file is checked before the database is touched.
  const backup = readBackup(fs.readFileSync(file, 'utf8'));
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    await applySchema(db.driver, db.database);
    const { replacedNodes } = await restoreGraph(db.driver, backup, {
      database: db.database,
      force: values.force,
    });
    console.log(
      `Restored ${backup.summary.nodes} nodes and ${backup.summary.relationships} relationships from ${file}` +
        (replacedNodes ? ` (replacing ${replacedNodes} nodes)` : '') +
        `\n  checksum (SHA-256 of the canonical dump): ${backup.summary.sha256}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof BackupError ? message : `Restore failed, nothing was restored: ${message}`,
    );
    process.exit(1);
  },
);
