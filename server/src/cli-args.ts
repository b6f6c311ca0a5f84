// A tiny, strict reader for the command-line flags of the project's scripts, built on Node's
// util.parseArgs: unknown flags are errors that list what is accepted.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}
