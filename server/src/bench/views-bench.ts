// How long each view takes to show its content in headless Chromium against a running server:
// every council's view and one council's, so a national graph's cost on a planner's screen is
// measured, not guessed. The time is from asking for the page to its content being on screen
// (the RACI table, the first finding, the graph laid out…), the median of the timed loads after
// one untimed load per view (the server's read cache answers the repeats, as it does in use).
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, median, VIEWPORT } from './client-bench.js';

export interface ViewCase {
  view: string;
  scope: string;
  path: string;
  /** What is on screen when the view is ready. */
  ready: string;
}

export interface ViewTiming extends ViewCase {
  readyMs: number | null;
  runs: number[];
  error?: string;
}

/** The graph drawn and laid out, with at least one node (CytoscapeGraph's data attributes). */
const GRAPH_READY = '[data-testid=graph][data-layout=idle]:not([data-node-count="0"])';

/** The views measured: every council's, and one council's (`council`, `plan`: its plan). */
export function viewCases(council: string, plan: string | null): ViewCase[] {
  const both = (view: string, path: string, param: string, ready: string): ViewCase[] => [
    { view, scope: 'every council', path, ready },
    { view, scope: 'one council', path: `${path}?${param}=${council}`, ready },
  ];
  return [
    ...both('Explore', '/explore', 'authority', GRAPH_READY),
    ...both('RACI matrix', '/raci', 'council', 'table.raci-table'),
    ...both('Gaps & duplication', '/findings', 'council', '.finding-button'),
    ...both('Timeline', '/timeline', 'council', 'table.timeline-table'),
    {
      view: 'Partner view',
      scope: 'the council',
      path: `/partner?party=${council}`,
      ready: GRAPH_READY,
    },
    ...(plan
      ? [
          {
            view: 'Evidence pack',
            scope: 'its plan',
            path: `/evidence?key=${plan}`,
            ready: 'iframe.pack-preview',
          },
        ]
      : []),
  ];
}

async function load(page: Page, url: string, ready: string, timeoutMs: number): Promise<number> {
  const start = performance.now();
  await page.goto(url, { timeout: timeoutMs });
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: timeoutMs });
  return Math.round(performance.now() - start);
}

/** Times each case; a view that does not show its content in `timeoutMs` is reported, not fatal. */
export async function benchViews(options: {
  url: string;
  cases: ViewCase[];
  repeats: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<ViewTiming[]> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const log = options.log ?? (() => undefined);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const out: ViewTiming[] = [];
    for (const c of options.cases) {
      // A page of its own per view: nothing of one view's client cache helps the next.
      const page = await browser.newPage({ viewport: VIEWPORT });
      const runs: number[] = [];
      try {
        await load(page, options.url + c.path, c.ready, timeoutMs);
        for (let i = 0; i < options.repeats; i += 1)
          runs.push(await load(page, options.url + c.path, c.ready, timeoutMs));
        const readyMs = Math.round(median(runs));
        out.push({ ...c, readyMs, runs });
        log(`${c.view}, ${c.scope}: ${readyMs} ms`);
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? String(error);
        out.push({ ...c, readyMs: null, runs, error: message });
        log(`${c.view}, ${c.scope}: failed: ${message}`);
      } finally {
        await page.close();
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}

export function viewsTable(timings: readonly ViewTiming[]): string {
  const lines = [`${'view'.padEnd(20)} ${'scope'.padEnd(14)} ${'ready ms'.padStart(9)}  runs`];
  for (const t of timings)
    lines.push(
      `${t.view.padEnd(20)} ${t.scope.padEnd(14)} ${String(t.readyMs ?? 'failed').padStart(9)}  ${t.runs.join(', ')}`,
    );
  return lines.join('\n');
}
