// `npm run export -- [--out <file>]`: writes the whole graph to one JSON-lines file (see
// export-graph.ts). The file holds the users' password hashes: it is written readable only by you.
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { readArgs } from '../cli-args.js';
import { exportGraph } from './export-graph.js';

const USAGE = `Usage: npm run export -- [--out <file>]
  --out <file>   where to write the backup (default: hkg-backup-<date and time>.jsonl here)`;

async function main(): Promise<number> {
  const { values, positionals } = readArgs(
    { out: { type: 'string' }, help: { type: 'boolean', default: false } },
    USAGE,
  );
  if (values.help || positionals.length) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const now = new Date();
  const out = path.resolve(
    values.out ?? `hkg-backup-${now.toISOString().replace(/[:.]/g, '-').slice(0, 19)}.jsonl`,
  );
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const { lines, summary } = await exportGraph(db.driver, db.database, now);
    // Written beside the target and renamed, so a failed export never leaves half a file.
    const partial = `${out}.partial`;
    fs.writeFileSync(partial, `${lines.join('\n')}\n`, { mode: 0o600 });
    fs.renameSync(partial, out);
    console.log(
      `Exported ${summary.nodes} nodes and ${summary.relationships} relationships to ${out}\n  checksum (SHA-256 of the canonical dump): ${summary.sha256}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
