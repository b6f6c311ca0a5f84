// `npm run import -- <file> [--glossary <file>] [--authority <name>] [--title <title>]
//   [--start-year <year>] [--dry-run] [--json]`: imports one action plan into the graph.
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { readArgs } from '../cli-args.js';
import { importPlan, ImportError } from './import-plan.js';
import { PlanFormatError } from './plan-format-error.js';
import { formatReport } from './import-report.js';

const USAGE = `Usage: npm run import -- <plan file> [options]
  --glossary <file>     a separate glossary of abbreviations ("ABC - Full name" lines)
  --authority <name>    the council the plan belongs to (name, alias or key)
  --title <title>       the plan's title (default: from an earlier import, or the file name)
  --start-year <year>   the year the plan starts, for timescales written "Year 1"
  --dry-run             read and compare, write nothing
  --json                print the full report as JSON
Formats: .tsv, .csv, .xlsx, .md (a Markdown pipe table).`;

async function main(): Promise<number> {
  const { values, positionals } = readArgs(
    {
      glossary: { type: 'string' },
      authority: { type: 'string' },
      title: { type: 'string' },
      'start-year': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
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
  const startYear = values['start-year'] ? Number(values['start-year']) : undefined;
  if (startYear !== undefined && !Number.isInteger(startYear)) {
    console.error(`--start-year must be a year such as 2024, not "${values['start-year']}".`);
    return 2;
  }
  const log = values.json
    ? (line: string) => console.error(line)
    : (line: string) => console.log(line);
  const db = await openDatabase(readConfig(), log);
  const bar =
    process.stdout.isTTY && !values.json
      ? new cliProgress.SingleBar(
          { format: '{phase} [{bar}] {value}/{total}', clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  let started = false;
  try {
    const report = await importPlan(db.driver, {
      fileName: file,
      content: fs.readFileSync(file),
      ...(values.glossary
        ? {
            glossary: {
              fileName: values.glossary,
              content: fs.readFileSync(values.glossary, 'utf8'),
            },
          }
        : {}),
      ...(values.authority ? { authority: values.authority } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(startYear !== undefined ? { startYear } : {}),
      dryRun: values['dry-run'],
      database: db.database,
      onProgress: ({ phase, done, total }) => {
        if (!bar) return;
        if (!started) bar.start(total, done, { phase });
        started = true;
        bar.setTotal(total);
        bar.update(done, { phase });
      },
    });
    bar?.stop();
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof PlanFormatError || error instanceof ImportError) {
      const failure = {
        error: error.name,
        code: error.code,
        message: error.message,
        written: false,
      };
      if (values.json) console.log(JSON.stringify(failure, null, 2));
      else console.error(`Nothing was imported. ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
