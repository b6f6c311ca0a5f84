// Reads the analysis's Cypher files and runs them, handing back plain objects: integers as
// numbers, dates as YYYY-MM-DD strings.
import neo4j, { type Driver } from 'neo4j-driver';
import { readCypher } from '../db/cypher-files.js';

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

/** A Neo4j value as plain JSON. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
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
  return records.map((record) => plain(record.toObject()) as T);
}
