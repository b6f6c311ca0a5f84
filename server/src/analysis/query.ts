// Reads the analysis's Cypher files and runs them, handing back plain objects: integers as
// numbers, dates as YYYY-MM-DD strings.
import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../db/cypher-files.js';
import { toPlain } from '../db/to-plain.js';

const cache = new Map<string, string>();

/** The statement in cypher/analysis/<relativePath>, comment header included, without a final `;`. */
export function analysisCypher(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readCypher(`analysis/${relativePath}`).trim().replace(/;\s*$/, '');
    cache.set(relativePath, text);
  }
  return text;
}

export interface QueryOptions {
  database?: string | undefined;
  write?: boolean;
}

/** Runs one statement and returns its rows as plain objects. */
export async function runQuery<T>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, {
    database: options.database,
    routing: options.write ? neo4j.routing.WRITE : neo4j.routing.READ,
  });
  return records.map((record) => toPlain<T>(record.toObject()));
}
