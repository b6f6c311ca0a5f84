// `npm run bench`: starts its own Neo4j and API server, loads the Worcester seed and then
// generated authorities in stages (1, 30 and, with --full, 300), and at each stage measures the
// reads (GraphQL against hand-written Cypher), the analysis, import throughput, memory, and the
// API under concurrent load. Prints tables and writes the figures to bench/results/latest.json.
// Asserts nothing: the budgets are read from the figures (BENCHMARKS.md).
import './production-mode.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import * as prettier from 'prettier';
import { readArgs } from '../cli-args.js';
import { EMBEDDED_MEMORY, projectRoot } from '../config.js';
import { generateDataset } from '../generate/generate-dataset.js';
import { loadGenerated, type LoadResult } from '../generate/load-generated.js';
import { startStack } from './start-stack.js';
import { time, type Timing } from './measure.js';
import { postGraphQL, readPairs, runCypher } from './read-pairs.js';
import { benchAnalysis, type AnalysisFigures } from './analysis-bench.js';
import { readMemory, type MemoryFigures } from './memory.js';
import { loadTest, type LoadResult as HttpLoad } from './load-test.js';
import { startWrites } from './background-writes.js';
import { benchClient, clientBudget, clientTable, type ClientFigures } from './client-bench.js';
import { importFigures, importLines, type ImportFigures } from './import-figures.js';
import { readThreadCpu, threadCpuSince, type ThreadCpu } from './jvm-threads.js';

const USAGE = `Usage: npm run bench -- [options]
  --full                  also the 300-authority stage (same as --stages 1,30,300)
  --stages <list>         authority counts to measure at (default 1,30); 1 is the Worcester seed
  --seed <S>              seed of the generated authorities (default 1)
  --iterations <n>        timed calls per read (default 40, after 5 warm-up calls)
  --repeats <n>           runs of each analysis measurement (default 3)
  --connections <list>    concurrent connections for the load test (default 10,50,100)
  --load-seconds <n>      seconds per load level (default 10)
  --no-load               skip the load test
  --load-cache <list>     the load test with the server's cache of read answers off, on, or both
                          (default off,on: side by side; every other figure is taken with it off)
  --load-writes <list>    with the cache on, the most connections again while this many writes a
                          second commit beside the reads, each making the cached answers stale
                          (default 1,10; 0 for none)
  --no-analysis           skip the analysis measurements
  --client                also the client benchmark: the graph component in headless Chromium at
                          1k, 5k and 20k elements, canvas and WebGL (alone: npm run bench:client)
  --out <file>            where to write the JSON (default bench/results/latest.json)`;

interface ReadFigure {
  read: string;
  graphql: Timing;
  cypher: Timing;
  ratioP50: number;
  ratioP95: number;
}

interface Stage {
  authorities: number;
  counts: Record<string, number>;
  import?: LoadResult & ImportFigures;
  reads: ReadFigure[];
  analysis?: AnalysisFigures;
  memory: MemoryFigures;
  load?: (HttpLoad & { cache: 'on' | 'off'; writesPerSecond?: number; writes?: number })[];
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  cpu = cpu.replace(/\s+/g, ' ').trim();
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: projectRoot }).toString().trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
  };
}

async function counts(stack: { driver: import('neo4j-driver').Driver }) {
  const { records } = await stack.driver.executeQuery(`
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
    CALL () { MATCH (p:Party) RETURN count(p) AS parties }
    CALL () { MATCH (p:Plan) RETURN count(p) AS plans }
    CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
    RETURN nodes, relationships, tasks, parties, plans, mentions`);
  const o = records[0]?.toObject() ?? {};
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v)]));
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function printStage(stage: Stage): void {
  const c = stage.counts;
  console.log(
    `\n=== ${stage.authorities} authorit${stage.authorities === 1 ? 'y' : 'ies'}: ` +
      `${c.nodes} nodes, ${c.relationships} relationships, ${c.tasks} tasks, ${c.parties} parties, ${c.mentions} mentions`,
  );
  if (stage.import) for (const line of importLines(stage.import, stage.import)) console.log(line);
  console.log(
    `${pad('read', 44)}${lpad('GraphQL p50', 12)}${lpad('p95', 9)}${lpad('Cypher p50', 12)}${lpad('p95', 9)}${lpad('ratio p50', 11)}${lpad('p95', 7)}`,
  );
  for (const r of stage.reads) {
    console.log(
      `${pad(r.read.slice(0, 43), 44)}${lpad(r.graphql.p50.toFixed(1), 12)}${lpad(r.graphql.p95.toFixed(1), 9)}` +
        `${lpad(r.cypher.p50.toFixed(1), 12)}${lpad(r.cypher.p95.toFixed(1), 9)}${lpad(r.ratioP50.toFixed(2), 11)}${lpad(r.ratioP95.toFixed(2), 7)}`,
    );
  }
  const a = stage.analysis;
  if (a) {
    console.log(
      `analysis: full p50 ${a.full.p50} ms (after a write ${a.fullAfterWrite.p50} ms; rules only ${a.fullRulesOnly.p50} ms; first linkMentions ${a.linkMentionsMs} ms), ${a.findings} findings`,
    );
    console.log(`${pad('rule', 30)}${lpad('p50 ms', 9)}${lpad('findings', 10)}`);
    for (const r of a.perRule)
      console.log(`${pad(r.rule, 30)}${lpad(r.timing.p50.toFixed(1), 9)}${lpad(r.findings, 10)}`);
  }
  const m = stage.memory;
  console.log(
    `memory: server RSS ${m.serverRssMb} MB (JS heap ${m.serverHeapUsedMb} MB), Neo4j RSS ${m.neo4jRssMb ?? '?'} MB, ` +
      `heap used ${m.neo4jHeapUsedMb ?? '?'} / committed ${m.neo4jHeapCommittedMb ?? '?'} MB${m.note ? ` (${m.note})` : ''}`,
  );
  if (stage.load) {
    console.log(
      `${pad('load: partner view', 16)}${lpad('cache', 6)}${lpad('conns', 6)}${lpad('writes/s', 9)}${lpad('req/s', 9)}${lpad('p50', 8)}${lpad('p95', 8)}${lpad('p99', 8)}${lpad('errors', 8)}`,
    );
    for (const l of stage.load)
      console.log(
        `${pad('', 16)}${lpad(l.cache, 6)}${lpad(l.connections, 6)}${lpad(l.writesPerSecond ? `${l.writes}/${l.writesPerSecond}` : '-', 9)}${lpad(l.requestsPerSecond.toFixed(0), 9)}${lpad(l.p50, 8)}${lpad(l.p95, 8)}${lpad(l.p99, 8)}${lpad(l.errors + l.timeouts + l.non2xx, 8)}`,
      );
  }
}

function budgets(stages: Stage[]) {
  const last = stages[stages.length - 1];
  const at300 = stages.find((s) => s.authorities >= 300);
  const imports = stages.filter((s) => s.import);
  const rows = imports.reduce((n, s) => n + (s.import?.rows ?? 0), 0);
  const secs = imports.reduce((n, s) => n + (s.import?.importSeconds ?? 0), 0);
  const load100 = stages
    .flatMap((s) => s.load ?? [])
    // The budget's row: reads alone (the rows with writes beside them are printed, not judged).
    .filter((l) => l.connections === 100 && !l.writesPerSecond)
    .sort((a, b) => (a.cache === b.cache ? 0 : a.cache === 'on' ? 1 : -1))
    .pop();
  // Named, since the reads differ in kind: a fixed cost per request weighs most on the cheapest.
  const worst = stages
    .flatMap((s) => s.reads.map((r) => ({ ...r, authorities: s.authorities })))
    .sort((a, b) => b.ratioP50 - a.ratioP50)[0];
  const worstRatio = worst?.ratioP50 ?? Number.NaN;
  return [
    {
      budget: 'GraphQL / raw Cypher <= 1.5 at p50 (worst read, any stage)',
      value: worstRatio,
      met: worstRatio <= 1.5,
      note: worst ? `${worst.read}, ${worst.authorities} authorities` : undefined,
    },
    {
      budget: 'full analysis at 300 authorities < 2 s',
      value: at300?.analysis ? at300.analysis.full.p50 : null,
      met: at300?.analysis ? at300.analysis.full.p50 < 2000 : null,
      note: at300
        ? undefined
        : `not measured (largest stage ${last?.authorities}); run with --full`,
    },
    {
      budget: 'import >= 2,000 rows/s',
      value: secs ? Math.round(rows / secs) : null,
      met: secs ? rows / secs >= 2000 : null,
    },
    {
      budget: `100 connections: partner view p95 < 100 ms, no errors (read cache ${load100?.cache ?? '-'})`,
      value: load100 ? load100.p95 : null,
      met: load100
        ? load100.p95 < 100 && load100.errors + load100.timeouts + load100.non2xx === 0
        : null,
    },
    {
      budget: '5k elements first render < 2 s',
      value: null,
      met: null,
      note: 'not measured by npm run bench',
    },
  ];
}

async function main(): Promise<number> {
  const { values } = readArgs(
    {
      full: { type: 'boolean', default: false },
      stages: { type: 'string' },
      seed: { type: 'string', default: '1' },
      iterations: { type: 'string', default: '40' },
      repeats: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10,50,100' },
      'load-seconds': { type: 'string', default: '10' },
      'no-load': { type: 'boolean', default: false },
      'no-analysis': { type: 'boolean', default: false },
      'load-cache': { type: 'string', default: 'off,on' },
      'load-writes': { type: 'string', default: '1,10' },
      client: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stages = [...new Set(list(values.stages ?? (values.full ? '1,30,300' : '1,30')))].sort(
    (a, b) => a - b,
  );
  const iterations = Number(values.iterations);
  const repeats = Number(values.repeats);
  const out = path.resolve(values.out ?? path.join(projectRoot, 'bench', 'results', 'latest.json'));
  const log = (line: string) => console.log(`  ${line}`);
  const started = Date.now();
  const max = stages[stages.length - 1] ?? 1;
  const dataset = generateDataset({ authorities: Math.max(1, max - 1), seed: values.seed ?? '1' });
  const readFile = (p: string) => {
    const content = dataset.files.get(p);
    if (content === undefined) throw new Error(`generated dataset has no ${p}`);
    return content;
  };

  console.log('Starting Neo4j and the API server (seeded with Worcester)...');
  const loadCache = [
    ...new Set((values['load-cache'] ?? '').split(',').map((c) => c.trim())),
  ].filter((c): c is 'on' | 'off' => c === 'on' || c === 'off');
  // The cache of read answers is off except for the load rows that ask for it: the reads table
  // compares GraphQL's own work with Cypher's, which a cached answer would skip.
  const stack = await startStack({ ...EMBEDDED_MEMORY, log, readCache: false });
  const results: Stage[] = [];
  try {
    let loaded = 0; // generated authorities in the graph
    for (const authorities of stages) {
      const stage: Partial<Stage> = { authorities };
      const want = authorities - 1;
      if (want > loaded) {
        console.log(`Loading generated authorities ${loaded + 1} to ${want}...`);
        // The CPU of the import alone (not the structure before it), Node's and Neo4j's by thread.
        let start: { node: NodeJS.CpuUsage; neo4j: ThreadCpu | undefined } | undefined;
        const r = await loadGenerated(stack.driver, {
          readFile,
          from: loaded,
          to: want,
          onImportStart: () => {
            start = { node: process.cpuUsage(), neo4j: readThreadCpu(stack.neo4jPid) };
          },
          onProgress: (done, total) => {
            if (done % 25 === 0 || done === total) log(`${done}/${total}`);
          },
        });
        const node = start && process.cpuUsage(start.node);
        const neo4jAfter = readThreadCpu(stack.neo4jPid);
        const cpu =
          node && start?.neo4j && neo4jAfter
            ? {
                nodeMs: (node.user + node.system) / 1000,
                neo4j: threadCpuSince(start.neo4j, neo4jAfter),
              }
            : undefined;
        stage.import = { ...r, ...importFigures(r, cpu) };
        loaded = want;
      }
      stage.counts = await counts(stack);
      console.log(`Measuring at ${authorities} authorities (${stage.counts.tasks} tasks)...`);
      const pairs = [
        ...readPairs({
          party: 'org:worcester-cares',
          plan: 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan',
          authority: 'org:worcester-city-council',
          searchText: 'housing',
        }),
        // A party every plan names: its view grows with the country.
        readPairs({
          party: 'org:people-with-lived-experience',
          plan: '',
          authority: '',
          searchText: '',
        })[0]!,
      ];
      stage.reads = [];
      for (const pair of pairs) {
        await postGraphQL(stack.url, pair.graphql); // fails loudly on a GraphQL error
        const graphql = await time(() => postGraphQL(stack.url, pair.graphql), {
          iterations,
          warmup: 5,
        });
        const cypher = await time(() => runCypher(stack.driver, pair), { iterations, warmup: 5 });
        const round = (x: number) => Math.round(x * 100) / 100;
        stage.reads.push({
          read: pair.name,
          graphql,
          cypher,
          ratioP50: round(graphql.p50 / cypher.p50),
          ratioP95: round(graphql.p95 / cypher.p95),
        });
      }
      if (!values['no-analysis']) {
        log('analysis...');
        stage.analysis = await benchAnalysis(stack.driver, { repeats, log });
      }
      stage.memory = await readMemory(stack.driver, stack.neo4jPid);
      const isFirstOrLast = authorities === stages[0] || authorities === max;
      if (!values['no-load'] && isFirstOrLast) {
        stage.load = [];
        const body = JSON.stringify(pairs[0]?.graphql);
        const loadAt = (connections: number) =>
          loadTest({ url: stack.url, body, connections, seconds: Number(values['load-seconds']) });
        const connectionCounts = list(values.connections ?? '');
        for (const cache of loadCache) {
          stack.setReadCache(cache === 'on');
          for (const connections of connectionCounts) {
            log(`load: ${connections} connections, read cache ${cache}...`);
            stage.load.push({ ...(await loadAt(connections)), cache });
          }
        }
        const most = Math.max(...connectionCounts);
        if (loadCache.includes('on') && Number.isFinite(most)) {
          stack.setReadCache(true);
          for (const writesPerSecond of list(values['load-writes'] ?? '')) {
            log(`load: ${most} connections, read cache on, ${writesPerSecond} writes a second...`);
            const writer = startWrites(stack.driver, writesPerSecond);
            const result = await loadAt(most).catch(async (error: unknown) => {
              await writer.stop();
              throw error;
            });
            const { writes } = await writer.stop();
            stage.load.push({ ...result, cache: 'on', writesPerSecond, writes });
          }
        }
        stack.setReadCache(false);
        stage.memory = await readMemory(stack.driver, stack.neo4jPid);
      }
      results.push(stage as Stage);
      printStage(stage as Stage);
    }
  } finally {
    await stack.stop();
  }
  let client: ClientFigures | undefined;
  if (values.client) {
    console.log('\nClient benchmark (headless Chromium)...');
    client = await benchClient({ log });
    console.log(clientTable(client));
  }
  const summary = budgets(results).map((b) =>
    client && b.budget === clientBudget(null).budget ? clientBudget(client) : b,
  );
  console.log('\nBudgets:');
  for (const b of summary)
    console.log(
      `  ${b.met === null ? 'n/a ' : b.met ? 'MET ' : 'MISS'}  ${b.budget}: ${b.value ?? '-'}${b.note ? ` (${b.note})` : ''}`,
    );
  const json = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { stages, seed: values.seed, iterations, repeats, neo4jHeap: stack.heap },
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    budgets: summary,
    stages: results,
    client,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Formatted as the project's Prettier would, so `npm run lint` stays clean.
  fs.writeFileSync(out, await prettier.format(JSON.stringify(json), { parser: 'json' }));
  console.log(`\nWrote ${path.relative(process.cwd(), out)} (${json.minutes} min).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
