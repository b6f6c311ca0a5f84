// Every other view loads with the seed data in Chromium against the real server, and choosing a
// finding highlights its nodes on the graph.
// Functions handed to the page run in the browser, hence the DOM types.
/// <reference lib="dom" />
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { useBrowser, waitForGraph } from './browser.js';

const db = useTestDatabase({ isolation: 'file' });
const server = useTestServer(db, { seed: true, client: true });
const browser = useBrowser();

describe('the views on the seed', () => {
  it('RACI matrix: parties by tasks, with the tasks that break the rules marked', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/raci');
    const table = page.locator('table.raci-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
    expect(await table.locator('thead th.task-col').count()).toBe(29);
    // The seed plan has a task with two Accountables: its A cells are filled and marked.
    expect(await table.locator('td.bad-cell').count()).toBeGreaterThan(0);
    await browser.screenshot(page, 'raci');
    await page.getByLabel('Only tasks that break a rule').check();
    await page.waitForURL(/problems=1/);
    const broken = await table.locator('thead th.task-col').count();
    expect(broken).toBeGreaterThan(0);
    expect(broken).toBeLessThan(29);
  });

  it('Gaps and duplication: choosing a finding highlights its nodes on the graph', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/findings');
    // The analysis runs every rule over the graph: allow it time on a slow machine.
    await page.locator('.finding-button').first().waitFor({ timeout: 90_000 });
    await waitForGraph(page, 50);
    expect(await page.getByTestId('graph').getAttribute('data-highlighted-count')).toBe('0');
    const finding = page.getByRole('button', { name: /Client group named but not served/ }).first();
    await finding.click();
    await page.waitForURL(/finding=/);
    await page.waitForFunction(
      () =>
        Number(
          document.querySelector('[data-testid=graph]')?.getAttribute('data-highlighted-count'),
        ) > 0,
    );
    await waitForGraph(page);
    await expect(page.getByRole('heading', { name: 'Evidence' }).isVisible()).resolves.toBe(true);
    await browser.screenshot(page, 'findings');
  }, 150_000);

  it('Partner view: an organisation’s tasks by letter and its own network', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/partner');
    await page
      .getByLabel('Organisation, board or role')
      .selectOption({ label: 'Housing and Welfare Options Team' });
    await page.waitForURL(/party=org:worcester-city-council\/housing-and-welfare-options-team/);
    await page.getByRole('heading', { name: /Responsible for \d+ task/ }).waitFor();
    const nodes = await waitForGraph(page, 2);
    expect(nodes).toBeGreaterThan(2);
    // Not signed in: statuses are read, not edited.
    expect(await page.getByRole('combobox', { name: /Status of/ }).count()).toBe(0);
    await browser.screenshot(page, 'partner');
  });

  it('Pathways: the routes of a client group left to right, with the dead end marked', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/pathways');
    await page.getByRole('button', { name: 'Rough Sleepers' }).click();
    await waitForGraph(page, 3);
    await expect(
      page
        .getByText(/dead end: nothing follows/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('status').filter({ hasText: 'route' }).textContent(),
    ).resolves.toMatch(/1 dead end/);
    await browser.screenshot(page, 'pathways');
  });

  it('Plan timeline: tasks by month and status, overdue ones marked', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/timeline?today=2024-02');
    await page.locator('table.timeline-table').waitFor();
    expect(await page.locator('.task-card').count()).toBe(29);
    expect(await page.locator('.tag-overdue').count()).toBeGreaterThan(0);
    expect(await page.locator('.tag-due-soon').count()).toBeGreaterThan(0);
    await expect(page.locator('.this-month').isVisible()).resolves.toBe(true);
    await browser.screenshot(page, 'timeline');
  });

  it('keeps the chosen council when the menu moves between the task views', async () => {
    const page = await browser.newPage(server.url);
    const council = 'org:worcester-city-council';
    await page.goto(`/raci?council=${council}&problems=1`);
    await page.locator('table.raci-table').waitFor();
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL((url) => url.pathname === '/timeline');
    expect(new URL(page.url()).search).toBe(`?council=${council}`);
    await page.locator('table.timeline-table').waitFor();
    expect(await page.locator('.task-card').count()).toBe(29);
    await views.getByRole('link', { name: 'Explore' }).click();
    await page.waitForURL((url) => url.pathname === '/explore');
    expect(new URL(page.url()).search).toBe(`?authority=${council}`);
    // A view with no council leaves it behind.
    await views.getByRole('link', { name: 'Pathways' }).click();
    await page.waitForURL((url) => url.pathname === '/pathways');
    expect(new URL(page.url()).search).toBe('');
  });

  it('Evidence pack: a client group’s pack previews and downloads as Markdown', async () => {
    const page = await browser.newPage(server.url);
    await page.goto('/evidence');
    await page.getByLabel('A client group').check();
    await page
      .getByRole('combobox', { name: /^Client group/ })
      .selectOption({ label: 'Rough Sleepers' });
    const frame = page.frameLocator('iframe.pack-preview');
    await frame
      .getByRole('heading', { name: 'Evidence pack: Rough Sleepers' })
      .waitFor({ timeout: 90_000 });
    await browser.screenshot(page, 'evidence');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^evidence-pack-rough-sleepers-.*\.md$/);
  }, 150_000);

  it('logged no errors in the page', () => {
    expect(browser.errors).toEqual([]);
  });
});
