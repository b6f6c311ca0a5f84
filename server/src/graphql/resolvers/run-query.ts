// Runs one read query from cypher/ (path relative to it) for a resolver and returns plain records.
import { readCypher } from '../../db/cypher-files.js';
import { toPlain } from '../../db/to-plain.js';
import type { AppContext } from '../context.js';

export async function runQuery<T>(
  app: AppContext,
  file: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const { records } = await app.driver.executeQuery(readCypher(file), params, {
    database: app.database,
    routing: 'READ',
  });
  return records.map((r) => toPlain<T>(r.toObject()));
}
