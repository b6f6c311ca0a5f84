// Runs one read query from cypher/ (path relative to it) for a resolver and returns plain records,
// as an auto-commit transaction (db/auto-commit-read.ts).
import { autoCommitRead } from '../../db/auto-commit-read.js';
import { readCypher } from '../../db/cypher-files.js';
import { toPlain } from '../../db/to-plain.js';
import type { AppContext } from '../context.js';

/** The query files are read once: they are part of the program, like the code. */
const texts = new Map<string, string>();

function queryText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    text = readCypher(file);
    texts.set(file, text);
  }
  return text;
}

export async function runQuery<T>(
  app: AppContext,
  file: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const { records } = await autoCommitRead(app.driver, app.database, queryText(file), params);
  return records.map((r) => toPlain<T>(r.toObject()));
}
