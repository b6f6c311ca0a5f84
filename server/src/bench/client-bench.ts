// The client benchmark: builds the bench page (client/bench.html: the production CytoscapeGraph
// with its real layouts and stylesheet), serves it, and in headless Chromium (playwright-core)
// draws synthetic graphs of the product's shape with the canvas and the WebGL renderer,
// measuring the first render (until the layout has finished and a frame was drawn) and the
// frames per second while the view is panned. Headless Chromium here has no GPU: its WebGL is
// SwiftShader, a CPU rasteriser, so the WebGL figures are a floor, not what a laptop GPU gives.
/// <reference lib="dom" />
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../config.js';

export type Renderer = 'canvas' | 'webgl';

export interface ClientRun {
  elements: number;
  renderer: Renderer;
  nodes: number;
  edges: number;
  /** The renderer the component really used ('canvas' when WebGL was not available). */
  used: string;
  /** Median over the repeats; every repeat's figure in `samples`. */
  firstRenderMs: number;
  /**
   * CPU time of the page's main thread until the first render (loading the page included): what
   * the first render costs whatever else the machine is doing, which wall time does not show.
   */
  firstRenderCpuMs: number;
  /** Frames per second while the view is moved by cy.panBy every frame (a full redraw each). */
  panFps: number;
  /** Frames per second while the mouse drags the view (the renderer's viewport shortcuts apply). */
  dragFps: number;
  samples: { firstRenderMs: number; firstRenderCpuMs: number; panFps: number; dragFps: number }[];
}

export interface ClientFigures {
  browser: string;
  webgl: string;
  note: string;
  viewport: { width: number; height: number };
  panSeconds: number;
  /** The machine's load average (1, 5, 15 min) when the runs ended: others' work slows ours. */
  loadAverage: number[];
  runs: ClientRun[];
}

export interface ClientBenchOptions {
  sizes?: number[];
  renderers?: Renderer[];
  repeats?: number;
  panSeconds?: number;
  /** Write a Chromium performance trace of each run here (open in DevTools' Performance panel). */
  traceDir?: string;
  log?(line: string): void;
}

/** What client/src/bench/graph-bench.tsx puts on the page. */
interface BenchPage {
  bench: {
    ready: Promise<{ nodes: number; edges: number; renderer: string; firstRenderMs: number }>;
    pan(ms: number): Promise<number>;
    countFrames(): { stop(): number };
  };
  frameCounter?: { stop(): number };
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };
const CLIENT = path.join(projectRoot, 'client');
const OUT = path.join(CLIENT, 'dist-bench');

async function buildBenchPage(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT, 'vite.bench.config.ts'), logLevel: 'warn' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, name === '/' ? 'bench.html' : name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/bench.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The median (the mean of the middle two for an even count), to one decimal. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  const value = ((s[Math.floor(mid)] ?? Number.NaN) + (s[Math.ceil(mid)] ?? Number.NaN)) / 2;
  return Math.round(value * 10) / 10;
};

async function webglName(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'none';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'WebGL 2';
    });
  } finally {
    await page.close();
  }
}

/** Drags the view with the mouse, to and fro, for `seconds`; returns the frames per second. */
async function dragFps(page: import('playwright-core').Page, seconds: number): Promise<number> {
  const { width, height } = VIEWPORT;
  await page.evaluate(() => {
    const w = window as unknown as BenchPage;
    w.frameCounter = w.bench.countFrames();
  });
  const started = Date.now();
  let direction = 1;
  while (Date.now() - started < seconds * 1000) {
    // Start on empty space at the frame's edge, so the drag pans rather than moving a node.
    const y = height / 2;
    const x = direction > 0 ? 40 : width - 40;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + direction * (width - 80), y + 60, { steps: 40 });
    await page.mouse.up();
    direction = -direction;
  }
  return page.evaluate(() => (window as unknown as BenchPage).frameCounter?.stop() ?? 0);
}

/** Runs the client benchmark; resolves with the figures (and prints nothing but `log` lines). */
export async function benchClient(options: ClientBenchOptions = {}): Promise<ClientFigures> {
  const sizes = options.sizes ?? [1000, 5000, 20000];
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const repeats = options.repeats ?? 3;
  const panSeconds = options.panSeconds ?? 3;
  const log = options.log ?? (() => undefined);
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `The client benchmark needs Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
  }
  log('building the bench page (client/bench.html)...');
  await buildBenchPage();
  const site = await serve(OUT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const figures: ClientFigures = {
      browser: `Chromium ${browser.version()} (headless)`,
      webgl: await webglName(browser),
      note:
        'Headless Chromium with no GPU: WebGL runs on SwiftShader (a CPU rasteriser), so WebGL ' +
        'figures are far below what a machine with a GPU gives; canvas is CPU-bound either way.',
      viewport: VIEWPORT,
      panSeconds,
      loadAverage: [],
      runs: [],
    };
    if (options.traceDir) fs.mkdirSync(options.traceDir, { recursive: true });
    for (const elements of sizes) {
      for (const renderer of renderers) {
        const samples: ClientRun['samples'] = [];
        let shape = { nodes: 0, edges: 0, used: '?' };
        for (let i = 0; i < repeats; i += 1) {
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          const trace =
            options.traceDir && i === 0
              ? path.join(options.traceDir, `client-${elements}-${renderer}.json`)
              : null;
          if (trace) await browser.startTracing(page, { path: trace, screenshots: true });
          try {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Performance.enable');
            await page.goto(`${site.url}?elements=${elements}&renderer=${renderer}`);
            const report = await page.evaluate(
              (timeout) =>
                Promise.race([
                  (window as unknown as BenchPage).bench.ready,
                  new Promise<never>((_, reject) =>
                    setTimeout(() => reject(new Error('the graph did not settle')), timeout),
                  ),
                ]),
              300_000,
            );
            const { metrics } = await cdp.send('Performance.getMetrics');
            const cpuMs = Math.round(
              (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000,
            );
            const fps = await page.evaluate(
              (ms) => (window as unknown as BenchPage).bench.pan(ms),
              panSeconds * 1000,
            );
            const drag = await dragFps(page, panSeconds);
            if (trace) await browser.stopTracing();
            if (errors.length > 0) throw new Error(errors.join('; '));
            shape = { nodes: report.nodes, edges: report.edges, used: report.renderer };
            const round = (x: number) => Math.round(x * 10) / 10;
            samples.push({
              firstRenderMs: report.firstRenderMs,
              firstRenderCpuMs: cpuMs,
              panFps: round(fps),
              dragFps: round(drag),
            });
            log(
              `${elements} elements, ${renderer}: first render ${report.firstRenderMs} ms ` +
                `(${cpuMs} ms CPU), ` +
                `${fps.toFixed(1)} fps panning, ${drag.toFixed(1)} fps dragging (${report.renderer})`,
            );
          } finally {
            await context.close();
          }
        }
        figures.runs.push({
          elements,
          renderer,
          ...shape,
          firstRenderMs: median(samples.map((s) => s.firstRenderMs)),
          firstRenderCpuMs: median(samples.map((s) => s.firstRenderCpuMs)),
          panFps: median(samples.map((s) => s.panFps)),
          dragFps: median(samples.map((s) => s.dragFps)),
          samples,
        });
      }
    }
    figures.loadAverage = os.loadavg().map((x) => Math.round(x * 10) / 10);
    return figures;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The figures as a table: one row a size, first render and fps for each renderer. */
export function clientTable(figures: ClientFigures): string {
  const renderers = [...new Set(figures.runs.map((r) => r.renderer))];
  const sizes = [...new Set(figures.runs.map((r) => r.elements))];
  const head = ['elements', 'nodes', 'edges'].map((h, i) => h.padStart(i === 0 ? 8 : 6));
  for (const r of renderers)
    head.push(`${r}: first ms`.padStart(16), 'CPU ms', 'pan fps', 'drag fps');
  const lines = [head.join(' ')];
  for (const size of sizes) {
    const runs = figures.runs.filter((r) => r.elements === size);
    const cells = [
      String(size).padStart(8),
      String(runs[0]?.nodes ?? '').padStart(6),
      String(runs[0]?.edges ?? '').padStart(6),
    ];
    for (const r of renderers) {
      const run = runs.find((x) => x.renderer === r);
      const fell = run && run.used !== run.renderer ? ` (${run.used})` : '';
      cells.push(
        `${run?.firstRenderMs ?? '-'}${fell}`.padStart(16),
        String(run?.firstRenderCpuMs ?? '-').padStart(6),
        String(run?.panFps ?? '-').padStart(7),
        String(run?.dragFps ?? '-').padStart(8),
      );
    }
    lines.push(cells.join(' '));
  }
  return [
    ...lines,
    `${figures.browser}; WebGL: ${figures.webgl}; load average ${figures.loadAverage.join(', ')}.`,
    figures.note,
  ].join('\n');
}

/** The budget: 5k elements drawn for the first time in under 2 s (either renderer). */
export function clientBudget(figures: ClientFigures | null) {
  const at5k = figures?.runs.filter((r) => r.elements === 5000) ?? [];
  const best = at5k.sort((a, b) => a.firstRenderMs - b.firstRenderMs)[0];
  return {
    budget: '5k elements first render < 2 s',
    value: best?.firstRenderMs ?? null,
    met: best ? best.firstRenderMs < 2000 : null,
    note: best
      ? `${best.renderer}, wall time; ${best.firstRenderCpuMs} ms of main-thread CPU, load average ${figures?.loadAverage[0]}`
      : 'not measured: run with --client',
  };
}
