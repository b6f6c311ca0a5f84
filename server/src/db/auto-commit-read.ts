// One read as an auto-commit transaction: RUN and PULL, one round trip, where a managed
// transaction sends BEGIN with them and then COMMIT once the records are in (a round trip and two
// messages more), which was the largest single cost of a cheap read. A failure the driver would retry (the database restarting, a leader changing)
// falls back to its managed, retried transaction, so reads recover as managed ones do.
import neo4j, {
  type Driver,
  type Record as Neo4jRecord,
  type ResultSummary,
  type Session,
} from 'neo4j-driver';

export interface ReadResult {
  records: Neo4jRecord[];
  summary: ResultSummary;
}

/**
 * session.run without the call site the driver records for every query (it reads an Error's
 * stack, which tsx's source maps make costly: 2-4% of a view's request). A failure still carries
 * the database's message and code, which is all the API reports.
 */
function runWithoutCallSite(session: Session, text: string, params: Record<string, unknown>) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export async function autoCommitRead(
  driver: Driver,
  database: string | undefined,
  text: string,
  params: Record<string, unknown>,
): Promise<ReadResult> {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    // The bookmarks executeQuery uses, so a read still sees every write acknowledged before it.
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await runWithoutCallSite(session, text, params);
  } catch (error) {
    if (!neo4j.isRetryableError(error)) throw error;
  } finally {
    await session.close();
  }
  return driver.executeQuery(text, params, { database, routing: 'READ' });
}
