// For command-line tools: reach the database the configuration names. With the embedded
// default, use the one `npm start` is running if there is one, or start it for the duration.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { connect } from './connect.js';
import { applySchema } from './apply-schema.js';
import { ensureLauncherBuilt } from './embedded/build-launcher.js';
import { embeddedPassword, startEmbeddedNeo4j } from './embedded/start-embedded-neo4j.js';
import { StartupError } from '../errors.js';

export interface OpenDatabase {
  driver: Driver;
  database: string | undefined;
  close(): Promise<void>;
}

/** Opens the configured database; `log` hears about starting an embedded one. */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<OpenDatabase> {
  if (config.neo4j.kind === 'external') {
    const driver = await connect(config.neo4j);
    return { driver, database: config.neo4j.database, close: () => driver.close() };
  }
  const { boltPort, dataDir } = config.neo4j;
  const connection = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: 'neo4j',
    password: embeddedPassword(dataDir),
  };
  try {
    const driver = await connect(connection);
    return { driver, database: undefined, close: () => driver.close() };
  } catch (error) {
    if (!(error instanceof StartupError) || error.code !== 'DATABASE_UNREACHABLE') throw error;
  }
  await ensureLauncherBuilt(log);
  log('Starting the embedded Neo4j for this command...');
  const handle = await startEmbeddedNeo4j({ ...config.neo4j, log });
  const driver = await connect(handle);
  await applySchema(driver);
  return {
    driver,
    database: undefined,
    close: async () => {
      await driver.close();
      await handle.stop();
    },
  };
}
