// Reads the Cypher files under cypher/ and splits them into statements: a statement ends
// with `;` at the end of a line; `//` comment lines are dropped.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const cypherRoot = path.join(projectRoot, 'cypher');

/** Splits a Cypher script into its statements. */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split(/\r?\n/)) {
    if (/^\s*\/\//.test(line)) continue;
    current.push(line);
    if (/;\s*$/.test(line)) {
      const statement = current.join('\n').trim().replace(/;\s*$/, '').trim();
      if (statement) statements.push(statement);
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements;
}

/** The `.cypher` files of a folder under cypher/, in name order. */
export function listCypherFiles(folder: string): string[] {
  const dir = path.join(cypherRoot, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Reads one statement-per-file query such as cypher/queries/partner-view.cypher. */
export function readCypher(relativePath: string): string {
  return fs.readFileSync(path.join(cypherRoot, relativePath), 'utf8');
}
