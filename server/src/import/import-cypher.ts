// The import's statements, read once from cypher/import/.
import { readCypher } from '../db/cypher-files.js';

const statements = new Map<string, string>();

/**
 * An import statement, planned once and kept: while plans pour in, the graph's counts change so
 * fast that Neo4j would otherwise re-plan every statement every few seconds, and planning these
 * statements costs far more than running them. Their plans start from unique keys, so a plan made
 * on a smaller graph stays good.
 */
export function importCypher(file: string): string {
  let statement = statements.get(file);
  if (statement === undefined) {
    statement = `CYPHER replan=skip\n${readCypher(file)}`;
    statements.set(file, statement);
  }
  return statement;
}
