// Starts the benchmark's stack (embedded Neo4j with the Worcester seed and the production API
// server) and keeps it up until SIGINT/SIGTERM, so the server can be profiled under a load of
// your own: `tsx server/src/bench/serve-stack.ts --profile /tmp/api.cpuprofile --seconds 120`, then
// autocannon against the URL it prints (written to --url-file too). With --profile, the CPU profile
// covers only the time after start-up (not the seeding). Stops after --seconds or on Ctrl-C.
// The cache of read answers is on, as in `npm start`; --read-cache off profiles Apollo's path.
import './production-mode.js';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { readArgs } from '../cli-args.js';
import { EMBEDDED_MEMORY } from '../config.js';
import { startStack } from './start-stack.js';

const USAGE = `Usage: tsx server/src/bench/serve-stack.ts [--url-file <file>] [--seconds <n>] [--profile <file>] [--read-cache on|off]`;

async function main(): Promise<void> {
  const { values } = readArgs(
    {
      'url-file': { type: 'string' },
      seconds: { type: 'string', default: '600' },
      profile: { type: 'string' },
      'read-cache': { type: 'string', default: 'on' },
    },
    USAGE,
  );
  const log = (line: string) => console.log(`  ${line}`);
  const stack = await startStack({
    ...EMBEDDED_MEMORY,
    log,
    readCache: values['read-cache'] !== 'off',
  });
  console.log(`API: ${stack.url}/graphql (stops in ${values.seconds} s or on Ctrl-C)`);
  const inspector = values.profile ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  if (values['url-file']) fs.writeFileSync(values['url-file'], stack.url);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping...');
    const saved = inspector
      ? inspector.post('Profiler.stop').then(({ profile }) => {
          fs.writeFileSync(values.profile as string, JSON.stringify(profile));
          console.log(`CPU profile: ${values.profile}`);
        })
      : Promise.resolve();
    saved
      .then(() => stack.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setTimeout(stop, Number(values.seconds) * 1000);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
