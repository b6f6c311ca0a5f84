// Reads the analysis's Cypher files and runs them, handing back plain objects: integers as
// numbers, dates as YYYY-MM-DD strings.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
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

/**
 * Runs one statement and returns its rows as plain objects. A read's rows come from Neo4j as
 * JSON text, a few thousand rows to a record (readAsJson), unless `records` is set.
 */
export async function runQuery<T>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions & { records?: boolean } = {},
): Promise<T[]> {
  if (!options.write && !options.records) return readAsJson<T>(driver, cypher, params, options);
  const { records } = await driver.executeQuery(cypher, params, {
    database: options.database,
    routing: options.write ? neo4j.routing.WRITE : neo4j.routing.READ,
  });
  return records.map((record) => toPlain<T>(record.toObject()));
}

/** Rows to a JSON text: a string of a megabyte or so each, rather than one of the whole result. */
const JSON_BATCH_ROWS = 2000;

/**
 * Per statement: the statement wrapped to send its rows as JSON (built once, from its columns as
 * EXPLAIN names them), or null once Neo4j has refused it as a subquery.
 */
const asJsonStatements = new Map<string, Promise<string | null>>();

/** Neo4j's GQL status for `CALL { RETURN count(*) }`: a subquery's columns must be named. */
const UNALIASED_IN_SUBQUERY = '42N21';

function asJsonStatement(cypher: string, columns: string[]): string {
  const name = (column: string) => `\`${column.replaceAll('`', '``')}\``;
  const row = columns.map((column) => `${name(column)}: ${name(column)}`).join(', ');
  return (
    `CALL {\n${cypher}\n}\nWITH collect({${row}}) AS rows\n` +
    `UNWIND range(0, size(rows) - 1, ${JSON_BATCH_ROWS}) AS start\n` +
    `RETURN apoc.convert.toJson(rows[start..start + ${JSON_BATCH_ROWS}]) AS batch`
  );
}

/**
 * A read whose rows Neo4j turns into JSON text (APOC's toJson) in batches, parsed here. The
 * driver decodes Bolt's binary rows in JavaScript, a few tens of megabytes a second: at 300
 * councils that was most of an analysis's Node CPU, and JSON.parse is native (a rule's 15,000
 * rows: 170 → 58 ms of Node CPU, and Neo4j sends a few records instead of thousands: 250 → 200
 * ms). Dates arrive as ISO strings and integers as numbers, as toPlain gives them; the
 * statement's own ORDER BY is kept. Its columns are asked once (EXPLAIN) per statement.
 */
async function readAsJson<T>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions,
): Promise<T[]> {
  let statement = asJsonStatements.get(cypher);
  if (!statement) {
    statement = driver
      .executeQuery(`EXPLAIN ${cypher}`, params, {
        database: options.database,
        routing: neo4j.routing.READ,
      })
      .then((result) => asJsonStatement(cypher, result.keys as string[]));
    asJsonStatements.set(cypher, statement);
    statement.catch(() => asJsonStatements.delete(cypher));
  }
  const wrapped = await statement;
  if (wrapped === null) return runQuery<T>(driver, cypher, params, { ...options, records: true });
  let records;
  try {
    ({ records } = await driver.executeQuery(wrapped, params, {
      database: options.database,
      routing: neo4j.routing.READ,
    }));
  } catch (error) {
    // A statement that returns an expression without AS cannot be a subquery: it is read as
    // records, now and from now on.
    if (!(error instanceof Neo4jError && error.findByGqlStatus(UNALIASED_IN_SUBQUERY))) throw error;
    asJsonStatements.set(cypher, Promise.resolve(null));
    return runQuery<T>(driver, cypher, params, { ...options, records: true });
  }
  const out: T[] = [];
  for (const record of records) {
    for (const item of JSON.parse(record.get('batch') as string) as T[]) out.push(item);
  }
  return out;
}
