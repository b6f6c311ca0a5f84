// The one helper every integration test uses to reach the real Neo4j started by the global
// setup: a driver per test file, the schema applied once, and an empty database before each test.
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../server/src/db/connect.js';
import { applySchema } from '../../server/src/db/apply-schema.js';
import { toPlain } from '../../server/src/db/to-plain.js';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** True when the tests run against NEO4J_URI rather than their own embedded database. */
  external: boolean;
}

export interface TestDatabase {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly connection: TestNeo4j;
  /** Runs one query and returns plain objects (integers as numbers, dates as strings). */
  query<T = Record<string, unknown>>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<T[]>;
}

/** Deletes every node and relationship, in batches so a large graph does not exhaust memory. */
export async function wipe(driver: Driver, database?: string): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function refuseToWipeRealData(driver: Driver, connection: TestNeo4j): Promise<void> {
  if (!connection.external || process.env.NEO4J_TEST_ALLOW_WIPE === '1') return;
  const { records } = await driver.executeQuery(
    'MATCH (n) RETURN count(n) AS n',
    {},
    { database: connection.database },
  );
  const count = Number(records[0]?.get('n') ?? 0);
  if (count > 0) {
    throw new Error(
      `NEO4J_URI (${connection.uri}) holds ${count} nodes and the tests delete everything in it. ` +
        'Point NEO4J_URI at a scratch database, or set NEO4J_TEST_ALLOW_WIPE=1 if that is what you want.',
    );
  }
}

export interface TestDatabaseOptions {
  /**
   * 'test' (default) empties the database before every test; 'file' empties it once before the
   * file's first test, for files whose tests share data loaded in a beforeAll (such as the seed).
   */
  isolation?: 'test' | 'file';
}

/** Call once at the top of a test file: gives a connected, schema-applied, emptied database. */
export function useTestDatabase(options: TestDatabaseOptions = {}): TestDatabase {
  const connection = inject('neo4j');
  let driver: Driver | undefined;
  const db: TestDatabase = {
    get driver(): Driver {
      if (!driver)
        throw new Error('The test database is not connected yet: use it inside a test or hook.');
      return driver;
    },
    database: connection.database,
    connection,
    async query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const { records } = await db.driver.executeQuery(cypher, params, {
        database: connection.database,
      });
      return records.map((r) => toPlain<T>(r.toObject()));
    },
  };
  beforeAll(async () => {
    driver = await connect(connection);
    await refuseToWipeRealData(driver, connection);
    await applySchema(driver, connection.database);
    if (options.isolation === 'file') await wipe(driver, connection.database);
  });
  beforeEach(async () => {
    if (options.isolation !== 'file') await wipe(db.driver, connection.database);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return db;
}
