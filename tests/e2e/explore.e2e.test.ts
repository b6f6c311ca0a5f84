// The Explore view in Chromium against the real server, client and Neo4j with the seed data:
// the graph draws, search finds a party by its abbreviation, the picture lives in the URL, and
// the table alternative and the exports work.
// Functions handed to the page run in the browser, hence the DOM types.
/// <reference lib="dom" />
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { useBrowser, waitForGraph } from './browser.js';

const db = useTestDatabase({ isolation: 'file' });
const server = useTestServer(db, { seed: true, client: true });
const browser = useBrowser();

const HWOT = 'org:worcester-city-council/housing-and-welfare-options-team';

describe('Explore', () => {
  it('draws the seeded system with a legend of shapes and colours', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore');
    const nodes = await waitForGraph(page, 100);
    expect(nodes).toBeGreaterThan(100);
    await expect(
      page.getByRole('status').filter({ hasText: 'links' }).textContent(),
    ).resolves.toMatch(/\d+ nodes, \d+ links/);
    await expect(page.getByRole('checkbox', { name: /Organisations/ }).isChecked()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('region', { name: 'Legend' }).getByText('A Accountable').isVisible(),
    ).resolves.toBe(true);
    await browser.screenshot(page, 'explore');
  });

  it('finds a party by its abbreviation and opens its details with their sources', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore');
    await waitForGraph(page, 100);
    await page.getByRole('combobox', { name: /Find a party/ }).fill('HWOT');
    const option = page
      .getByRole('listbox', { name: 'Suggestions' })
      .getByRole('option', { name: /Housing and Welfare Options Team/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('matches “HWOT”');
    await option.click();
    await page.waitForURL(/focus=org:worcester-city-council\/housing-and-welfare-options-team/);
    const panel = page.getByRole('complementary', { name: 'Housing and Welfare Options Team' });
    await panel.waitFor();
    await expect(panel.getByRole('heading', { name: 'Sources' }).isVisible()).resolves.toBe(true);
    await expect(
      panel
        .getByText(/is Responsible for/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByTestId('graph').getAttribute('data-selected')).resolves.toBe(HWOT);
    await waitForGraph(page);
    await browser.screenshot(page, 'explore-focus');
  });

  it('shows the same picture to whoever opens the link', async () => {
    const page = await browser.newPage(server.url);
    await page.goto(`/explore?types=Organisation,Board,Task&focus=${HWOT}&depth=2&node=${HWOT}`);
    await waitForGraph(page, 10);
    await expect(
      page.getByRole('complementary', { name: 'Housing and Welfare Options Team' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /Services/ }).isChecked()).resolves.toBe(false);
    await expect(
      page.getByRole('spinbutton', { name: 'Steps from the focus' }).inputValue(),
    ).resolves.toBe('2');
  });

  it('narrows the graph when a filter changes, and puts the filter in the URL', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore');
    const before = await waitForGraph(page, 100);
    await page.getByRole('button', { name: 'Parties and tasks' }).click();
    await page.waitForURL(/types=Organisation,Board,Role,Task/);
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid=graph]')?.getAttribute('data-node-count')) < n,
      before,
    );
    const after = await waitForGraph(page);
    expect(after).toBeLessThan(before);
  });

  it('keeps every node where it was when a filter takes some away and brings them back', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore');
    await waitForGraph(page, 100);
    const positions = async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Cytoscape JSON' }).click(),
      ]);
      const json = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
        elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] };
      };
      return new Map(json.elements.nodes.map((n) => [n.data.id, n.position]));
    };
    const before = await positions();
    await page.getByRole('checkbox', { name: /Services/ }).uncheck();
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid=graph]')?.getAttribute('data-node-count')) < n,
      before.size,
    );
    await waitForGraph(page);
    const filtered = await positions();
    await page.getByRole('button', { name: 'All types' }).click();
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid=graph]')?.getAttribute('data-node-count')) ===
        n,
      before.size,
    );
    await waitForGraph(page);
    const after = await positions();
    expect(filtered.size).toBeLessThan(before.size);
    for (const [id, p] of filtered) {
      expect(Math.hypot(p.x - before.get(id)!.x, p.y - before.get(id)!.y), id).toBeLessThan(1);
      expect(Math.hypot(after.get(id)!.x - p.x, after.get(id)!.y - p.y), id).toBeLessThan(1);
    }
  });

  it('moves between nodes with the arrow keys and expands with Enter', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore?party=org:cranstoun');
    await waitForGraph(page, 2);
    await page.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.getByTestId('graph').getAttribute('data-selected');
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/expand=/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=graph]')?.getAttribute('data-selected') === '',
    );
  });

  it('offers the graph as a table, with a CSV download', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore?party=org:cranstoun');
    await waitForGraph(page, 2);
    await page.getByRole('button', { name: 'Table' }).click();
    const nodesTable = page.getByRole('table').first();
    await expect(nodesTable.getByRole('button', { name: 'Cranstoun' }).isVisible()).resolves.toBe(
      true,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).first().click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('key,name,type,details,links');
    expect(csv).toContain('org:cranstoun,Cranstoun,Organisation');
  });

  it('exports the drawing as Cytoscape JSON and PNG', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/explore?party=org:cranstoun');
    const nodes = await waitForGraph(page, 2);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cytoscape JSON' }).click(),
    ]);
    const parsed = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
      elements: { nodes: unknown[] };
    };
    expect(parsed.elements.nodes).toHaveLength(nodes);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(
      fs
        .readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('stays usable with three thousand nodes: draft layout, viewport shortcuts, WebGL where there is one', async () => {
    const page = await browser.newPage(server.url);
    const types = ['Organisation', 'Board', 'Role', 'ClientGroup', 'Task', 'Service'];
    const nodes = Array.from({ length: 3000 }, (_, i) => ({
      id: `n${i}`,
      type: types[i % types.length],
      label: `Node ${i}`,
      kind: null,
      status: null,
      due: null,
      authority: null,
    }));
    // A hub linked to every node (the hardest case for a draft layout) and one more link a node.
    const edges = nodes.flatMap((n, i) => [
      ...(i > 0
        ? [
            {
              id: `t${i}`,
              source: n.id,
              target: 'n0',
              type: 'SERVES',
              row: null,
              sourceDocument: null,
            },
          ]
        : []),
      {
        id: `x${i}`,
        source: n.id,
        target: `n${(i * 104729 + 13) % 3000}`,
        type: 'MENTIONS',
        row: null,
        sourceDocument: null,
      },
    ]);
    // The seed is small: stand in a large graph for the Explore query only.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== 'ExploreGraph') return route.continue();
      // As the server answers: with the type name the client's GraphViewFields fragment matches on.
      return route.fulfill({
        json: { data: { graph: { __typename: 'GraphView', nodes, edges, truncated: false } } },
      });
    });
    const started = Date.now();
    await page.goto('/explore');
    await waitForGraph(page, 3000);
    const seconds = (Date.now() - started) / 1000;
    await browser.screenshot(page, 'explore-large');
    expect(['webgl', 'canvas']).toContain(
      await page.getByTestId('graph').getAttribute('data-renderer'),
    );
    expect(seconds).toBeLessThan(60);
    // The nodes are spread out, not piled on one another.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cytoscape JSON' }).click(),
    ]);
    const json = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
      elements: { nodes: { position: { x: number; y: number } }[] };
    };
    const xs = json.elements.nodes.map((n) => n.position.x);
    const ys = json.elements.nodes.map((n) => n.position.y);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    expect(area / nodes.length).toBeGreaterThan(200);
  }, 120_000);

  it('logged no errors in the page', () => {
    expect(browser.errors.filter((e) => !/Download the React DevTools/.test(e))).toEqual([]);
  });
});
