// The browser for the e2e tests: Debian's Chromium driven by playwright-core, one browser per
// test file, a fresh page per test at 1366×768, screenshots kept in test-results/screenshots/
// and any error the page logs collected so a test can fail on it.
// Functions handed to the page run in the browser, hence the DOM types.
/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../server/src/config.js';

export const SCREENSHOTS = path.join(projectRoot, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface E2EBrowser {
  /** A new page in a new context (its own sessionStorage), with `baseURL` set. */
  newPage(baseURL: string): Promise<Page>;
  /** Errors the pages logged (console errors and uncaught exceptions). */
  readonly errors: string[];
  /** Saves a screenshot of the page as test-results/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Call at the top of a test file: launches Chromium once for the file and closes it after. */
export function useBrowser(): E2EBrowser {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `The browser tests need Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`,
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    errors,
    async newPage(baseURL: string) {
      if (!browser) throw new Error('The browser is not started yet: call newPage inside a test.');
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1366, height: 768 },
        acceptDownloads: true,
        locale: 'en-GB',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      return page;
    },
    async screenshot(page: Page, name: string) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}

/** Waits until the graph on the page has drawn at least `min` nodes and its layout has stopped. */
export async function waitForGraph(page: Page, min = 1): Promise<number> {
  const graph = page.getByTestId('graph');
  await graph.waitFor();
  try {
    await page.waitForFunction(
      (n) => {
        const el = document.querySelector('[data-testid=graph]');
        return (
          !!el &&
          Number(el.getAttribute('data-node-count')) >= n &&
          el.getAttribute('data-layout') === 'idle'
        );
      },
      min,
      { timeout: 30_000 },
    );
  } catch (error) {
    const state = await graph.evaluate(
      (el) =>
        `${el.getAttribute('data-node-count')} nodes, layout ${el.getAttribute('data-layout')}`,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, `failed-graph-${Date.now()}.png`) });
    throw new Error(
      `The graph did not settle with at least ${min} nodes (it has ${state}): ${(error as Error).message}`,
    );
  }
  // Let the last viewport animation (fit, zoom to the highlighted nodes) finish.
  await page.waitForTimeout(700);
  return Number(await graph.getAttribute('data-node-count'));
}
