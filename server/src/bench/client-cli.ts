// `npm run bench:client`: the client benchmark alone (no Neo4j or API needed). Prints the table
// and writes the figures to bench/results/client.json. Asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { readArgs } from '../cli-args.js';
import { projectRoot } from '../config.js';
import { benchClient, clientBudget, clientTable, type Renderer } from './client-bench.js';

const CLIENT_USAGE = `Usage: npm run bench:client -- [options]
  --sizes <list>       elements (nodes + edges) of the synthetic graphs (default 1000,5000,20000)
  --renderers <list>   canvas, webgl or both (default canvas,webgl)
  --repeats <n>        page loads per size and renderer; the median is reported (default 3)
  --pan-seconds <n>    seconds of panning for the frame rate (default 3)
  --trace <dir>        write a Chromium performance trace of each first run to <dir>
  --out <file>         where to write the JSON (default bench/results/client.json)
Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH). \`npm run bench -- --client\` runs it too.`;

async function main(): Promise<number> {
  const { values } = readArgs(
    {
      sizes: { type: 'string', default: '1000,5000,20000' },
      renderers: { type: 'string', default: 'canvas,webgl' },
      repeats: { type: 'string', default: '3' },
      'pan-seconds': { type: 'string', default: '3' },
      trace: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    CLIENT_USAGE,
  );
  if (values.help) {
    console.log(CLIENT_USAGE);
    return 0;
  }
  const started = Date.now();
  const figures = await benchClient({
    sizes: (values.sizes ?? '')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    renderers: (values.renderers ?? '')
      .split(',')
      .filter((r): r is Renderer => r === 'canvas' || r === 'webgl'),
    repeats: Number(values.repeats),
    panSeconds: Number(values['pan-seconds']),
    traceDir: values.trace ? path.resolve(values.trace) : undefined,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`\n${clientTable(figures)}`);
  const budget = clientBudget(figures);
  console.log(`\n${budget.met ? 'MET ' : 'MISS'}  ${budget.budget}: ${budget.value} ms`);
  const out = path.resolve(values.out ?? path.join(projectRoot, 'bench', 'results', 'client.json'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = { date: new Date().toISOString(), budgets: [budget], client: figures };
  fs.writeFileSync(out, await prettier.format(JSON.stringify(json), { parser: 'json' }));
  console.log(
    `Wrote ${path.relative(process.cwd(), out)} (${Math.round((Date.now() - started) / 1000)} s).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
