// `npm run bench:views -- --url <server>`: how long each view takes to show its content in
// headless Chromium, every council's and one council's, against a running server (npm start
// after `npm run generate -- --authorities 300` is the national case). Prints the table and
// writes the figures to bench/results/views.json. Asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { readArgs } from '../cli-args.js';
import { projectRoot } from '../config.js';
import { benchViews, viewCases, viewsTable } from './views-bench.js';

const USAGE = `Usage: npm run bench:views -- [options]
  --url <url>        the running server (default http://127.0.0.1:4000)
  --council <key>    the council of the one-council rows (default: the first council by name)
  --repeats <n>      timed loads per view after one untimed load; the median is reported (default 3)
  --out <file>       where to write the JSON (default bench/results/views.json)
Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the client built (npm start builds it).`;

async function ask<T>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`${url}/graphql answered: ${body.errors?.[0]?.message}`);
  return body.data;
}

async function main(): Promise<number> {
  const { values } = readArgs(
    {
      url: { type: 'string', default: 'http://127.0.0.1:4000' },
      council: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = (values.url ?? '').replace(/\/+$/, '');
  const { councils } = await ask<{ councils: { key: string }[] }>(
    url,
    '{ councils: organisations(where: { kind: { eq: "council" } }, sort: [{ name: ASC }]) { key } }',
  );
  const council = values.council ?? councils[0]?.key;
  if (!council) throw new Error('The graph has no council to measure one council’s views with.');
  const { plans } = await ask<{ plans: { key: string }[] }>(
    url,
    'query ($council: String!) { plans(where: { authority: { eq: $council } }) { key } }',
    { council },
  );
  console.log(`${councils.length} councils; one council: ${council}`);
  const timings = await benchViews({
    url,
    cases: viewCases(council, plans[0]?.key ?? null),
    repeats: Number(values.repeats),
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`\n${viewsTable(timings)}`);
  const out = path.resolve(values.out ?? path.join(projectRoot, 'bench', 'results', 'views.json'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    url,
    councils: councils.length,
    council,
    views: timings,
  };
  fs.writeFileSync(out, await prettier.format(JSON.stringify(json), { parser: 'json' }));
  console.log(`Wrote ${path.relative(process.cwd(), out)}.`);
  return timings.some((t) => t.readyMs === null) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
