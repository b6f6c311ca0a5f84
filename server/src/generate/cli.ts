// `npm run generate -- --authorities N --seed S [--out dir] [--no-import]`: writes a national-size
// dataset of the seed's shape and loads it into the configured database through the importer.
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { readArgs } from '../cli-args.js';
import { generateDataset } from './generate-dataset.js';
import { writeDataset } from './write-dataset.js';
import { loadGenerated, readFromDir } from './load-generated.js';

const USAGE = `Usage: npm run generate -- --authorities <N> --seed <S> [--out <dir>] [--no-import]
  --authorities <N>  how many housing authorities (1 to 480), each with its own action plan
  --seed <S>         any text or number: the same seed gives byte-identical files
  --out <dir>        where to write the files (default: <tmp>/hkg-generated/a<N>-s<S>)
  --no-import        write the files only; do not load them into the database
The database is the one npm start uses (started for the duration if it is not running).`;

async function main(): Promise<number> {
  const { values } = readArgs(
    {
      authorities: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'no-import': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const authorities = Number(values.authorities);
  if (!Number.isInteger(authorities) || authorities < 1) {
    console.error(`--authorities must be a whole number of at least 1.\n\n${USAGE}`);
    return 2;
  }
  const seed = values.seed ?? '1';
  const out = path.resolve(
    values.out ??
      path.join(os.tmpdir(), 'hkg-generated', `a${authorities}-s${seed.replace(/[^\w-]/g, '_')}`),
  );
  const dataset = generateDataset({ authorities, seed });
  writeDataset(dataset, out);
  console.log(`Wrote ${dataset.files.size} files for ${authorities} authorities to ${out}`);
  if (values['no-import']) return 0;

  const db = await openDatabase(readConfig(), (line) => console.log(line));
  try {
    const result = await loadGenerated(db.driver, {
      readFile: readFromDir(out),
      database: db.database,
      onProgress: (done, total, name) => {
        if (done === total || done % 10 === 0) console.log(`  ${done}/${total} ${name}`);
      },
    });
    const rate = result.rows / result.importSeconds;
    console.log(
      `Imported ${result.rows} rows (${result.tasks} tasks) of ${result.authorities} plans in ` +
        `${result.importSeconds.toFixed(1)} s (${rate.toFixed(0)} rows/s); structure ` +
        `${result.structureSeconds.toFixed(1)} s. Issues: ${result.issues.error} errors, ` +
        `${result.issues.warning} warnings, ${result.issues.info} notes.`,
    );
    for (const line of result.errors) console.log(`  error: ${line}`);
    return result.issues.error > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
