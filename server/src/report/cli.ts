// `npm run report -- [--client-group <name> | --objective <title or key> | --plan <key>]
//   [--format md|csv|html] [--out <file>] [--today YYYY-MM-DD] [--authority <council>]`:
// writes the evidence pack for a funding bid. Like `npm run import`, it uses the running
// product's database, or starts the built-in one for the duration.
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/open-database.js';
import { readArgs } from '../cli-args.js';
import { AnalysisError } from '../analysis/errors.js';
import { buildEvidencePack } from './build-evidence-pack.js';
import { FORMATS, renderEvidencePack } from './render-evidence-pack.js';
import type { EvidencePackFormat, EvidencePackScope } from './types.js';

const USAGE = `Usage: npm run report -- [scope] [options]
Scope (one at most; none = the whole plan):
  --client-group <name>   a client group: name, alias or key ("Rough Sleepers")
  --objective <title>     an objective: its title, the start of it, or its key
  --plan <key>            one plan, by key or title (default: every plan)
Options:
  --format md|csv|html    default md
  --out <file>            write to a file (default: standard output)
  --today YYYY-MM-DD      the date to judge the plan at (default: today)
  --authority <council>   only that council's plans (name, abbreviation or key)`;

async function main(): Promise<number> {
  const { values, positionals } = readArgs(
    {
      'client-group': { type: 'string' },
      objective: { type: 'string' },
      plan: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      today: { type: 'string' },
      authority: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const scopes = [values['client-group'], values.objective, values.plan].filter(
    (v) => v !== undefined,
  );
  if (positionals.length > 0 || scopes.length > 1) {
    console.error(
      `${positionals.length > 0 ? `Unexpected argument: ${positionals.join(' ')}` : 'Give one scope at most.'}\n\n${USAGE}`,
    );
    return 2;
  }
  const format = values.format as EvidencePackFormat;
  if (!FORMATS.includes(format)) {
    console.error(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
    return 2;
  }
  const scope: EvidencePackScope = values['client-group']
    ? { kind: 'clientGroup', key: values['client-group'] }
    : values.objective
      ? { kind: 'objective', key: values.objective }
      : { kind: 'plan', ...(values.plan ? { key: values.plan } : {}) };
  const db = await openDatabase(readConfig(), (line) => console.error(line));
  try {
    const pack = await buildEvidencePack(
      db.driver,
      scope,
      {
        ...(values.today ? { today: values.today } : {}),
        ...(values.authority ? { authority: values.authority } : {}),
      },
      db.database ? { database: db.database } : {},
    );
    const rendered = renderEvidencePack(pack, format);
    if (values.out) {
      const file = path.resolve(values.out);
      fs.writeFileSync(file, rendered.content);
      console.error(
        `Wrote ${file}: ${pack.summary.tasks} tasks, ${pack.findings.length} findings (${pack.summary.findings.high} high).`,
      );
    } else {
      process.stdout.write(rendered.content);
    }
    return 0;
  } catch (error) {
    if (error instanceof AnalysisError) {
      console.error(`No evidence pack was written. ${error.message}`);
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
    console.error(`The report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
