// Opens the driver to whichever Neo4j the configuration names and proves it answers,
// turning the driver's errors into messages that say what to check.
import neo4j, { type Driver } from 'neo4j-driver';
import { StartupError } from '../errors.js';

export interface Connection {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
}

/** Creates a driver and waits until the server answers; throws a StartupError that says what to do. */
export async function connect(connection: Connection): Promise<Driver> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
    {
      // Fail fast when the database is not answering, so the API says SERVICE_UNAVAILABLE within
      // seconds. connectionTimeout bounds only the TCP connect; a Neo4j that is half started
      // accepts the connection and then holds the handshake, which only the acquisition timeout
      // (60 s by default) ends. Retries of a transaction that failed transiently stop after 10 s.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 10_000,
      disableLosslessIntegers: false,
      userAgent: 'homelessness-knowledge-graph',
    },
  );
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('Security')) {
      throw new StartupError(
        'DATABASE_AUTH',
        `Neo4j at ${connection.uri} refused the user "${connection.username}": ${message}`,
        'Check NEO4J_USERNAME and NEO4J_PASSWORD.',
      );
    }
    throw new StartupError(
      'DATABASE_UNREACHABLE',
      `Could not reach Neo4j at ${connection.uri}: ${message}`,
      'Check that the server is running and NEO4J_URI is right, or unset NEO4J_URI to use the embedded database.',
    );
  }
  return driver;
}
