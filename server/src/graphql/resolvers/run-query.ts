// Runs one read query from cypher/ (path relative to it) for a resolver and returns plain records.
// The query runs as an auto-commit transaction: one message round trip (RUN and PULL) instead of
// the three of a managed transaction (BEGIN, RUN and PULL, COMMIT), which was the largest single
// cost of a view's request. A failure the driver would retry (the database restarting, a leader
// changing) falls back to its managed, retried transaction, so reads recover as they did before.
import neo4j, { type Session } from 'neo4j-driver';
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

export async function runQuery<T>(
  app: AppContext,
  file: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const text = queryText(file);
  const session = app.driver.session({
    database: app.database,
    defaultAccessMode: neo4j.session.READ,
    // The bookmarks executeQuery uses, so a read still sees every write acknowledged before it.
    bookmarkManager: app.driver.executeQueryBookmarkManager,
  });
  try {
    const { records } = await runWithoutCallSite(session, text, params);
    return records.map((r) => toPlain<T>(r.toObject()));
  } catch (error) {
    if (!neo4j.isRetryableError(error)) throw error;
  } finally {
    await session.close();
  }
  const { records } = await app.driver.executeQuery(text, params, {
    database: app.database,
    routing: 'READ',
  });
  return records.map((r) => toPlain<T>(r.toObject()));
}
