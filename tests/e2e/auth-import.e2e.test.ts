// Signing in, in Chromium against the real server: a partner sees its role and may change only
// the tasks its organisation is Responsible for, and cannot import; a planner imports a plan,
// reads the report, cancels (nothing written), then confirms.
// Functions handed to the page run in the browser, hence the DOM types.
/// <reference lib="dom" />
import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { createUser } from '../../server/src/auth/users.js';
import { useBrowser } from './browser.js';
import type { Page } from 'playwright-core';

const db = useTestDatabase({ isolation: 'file' });
const server = useTestServer(db, { seed: true, client: true });
const browser = useBrowser();

const TEAM = 'org:worcester-city-council/strategic-housing-team';
const PARTNER = {
  email: 'officer@example.org',
  password: 'partner-password-12',
  name: 'Sam Officer',
};
const PLANNER = {
  email: 'planner@example.org',
  password: 'planner-password-12',
  name: 'Pat Planner',
};

// A small plan of a new council programme: two tasks, the second with no Accountable party.
const PLAN_CSV = [
  'Objective,Action,Client group,Outcome,Target date,Lead,Accountable,Partners',
  'Prevent homelessness among care leavers,Agree a joint protocol with children’s services for care leavers at 18,Care leavers,Protocol signed by both services,June 2025,Strategic Housing Team,Housing Board,Cranstoun',
  'Prevent homelessness among care leavers,Offer every care leaver a housing options interview before they turn 18,Care leavers,All care leavers interviewed,September 2025,Housing and Welfare Options Team,,Emerging Futures',
].join('\n');

beforeAll(async () => {
  await createUser(db.driver, { ...PARTNER, role: 'partner', organisation: TEAM }, db.database);
  await createUser(
    db.driver,
    { ...PLANNER, role: 'planner', authority: 'org:worcester-city-council' },
    db.database,
  );
});

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Signed in' }).waitFor();
}

async function planCount(): Promise<number> {
  const res = await server.graphql<{ plans: unknown[] }>('{ plans { key } }');
  return res.body.data?.plans.length ?? -1;
}

describe('signing in', () => {
  it('refuses a wrong password and says so', async () => {
    const page = await browser.newPage(server.url);
    await signInExpectingError(page);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /Check the email and password/,
    );
  });

  it('shows a partner its role and what it allows', async () => {
    const page = await browser.newPage(server.url);
    await signIn(page, PARTNER);
    await expect(page.getByRole('banner').locator('.role-badge').textContent()).resolves.toBe(
      'Partner',
    );
    await expect(
      page.getByText(/tasks your organisation is Responsible for/).isVisible(),
    ).resolves.toBe(true);
    await browser.screenshot(page, 'signed-in-partner');
  });

  it('lets a partner change the status of its own Responsible tasks, and nothing else', async () => {
    const page = await browser.newPage(server.url);
    await signIn(page, PARTNER);
    await page.getByRole('link', { name: 'Your organisation’s view' }).click();
    await page.getByRole('heading', { name: 'Strategic Housing Team' }).waitFor();
    await expect(page.getByText('you act for this organisation').isVisible()).resolves.toBe(true);
    const responsible = page.getByRole('region', { name: /Responsible for/ });
    const selects = responsible.getByRole('combobox', { name: /Status of/ });
    const editable = await selects.count();
    expect(editable).toBeGreaterThan(0);
    // Consulted and Informed tasks are read only.
    expect(
      await page
        .getByRole('region', { name: /Consulted for/ })
        .getByRole('combobox')
        .count(),
    ).toBe(0);
    // Its own organisation's details are its to change.
    await page.getByText('Change Strategic Housing Team’s details').waitFor();
    const first = selects.first();
    const title = (await first.getAttribute('aria-label'))!.replace(/^Status of “|”$/g, '');
    await first.selectOption('in_progress');
    await page.waitForFunction(() => !document.body.textContent?.includes('saving…'));
    const check = await server.graphql<{ tasks: { status: string }[] }>(
      'query($t: String!) { tasks(where: { title: { eq: $t } }) { status } }',
      { t: title },
    );
    expect(check.body.data?.tasks[0]?.status).toBe('in_progress');
    await browser.screenshot(page, 'partner-signed-in');

    // Another organisation's view: readable, but nothing to change.
    await page.goto('/partner?party=org:worcester-city-council/housing-and-welfare-options-team');
    await page.getByRole('heading', { name: 'Housing and Welfare Options Team' }).waitFor();
    expect(await page.getByRole('combobox', { name: /Status of/ }).count()).toBe(0);
    await expect(
      page.getByText(/only .* own tasks and details can be changed by you/).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByText(/Change .* details/).count()).resolves.toBe(0);
  });

  it('does not let a partner import', async () => {
    const page = await browser.newPage(server.url);
    await signIn(page, PARTNER);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    // The view's code loads on first use: wait for it rather than look at once.
    await page.getByText('you are signed in as a partner').waitFor();
    await expect(page.getByRole('button', { name: 'Read and check' }).isDisabled()).resolves.toBe(
      true,
    );
  });

  it('signs out', async () => {
    const page = await browser.newPage(server.url);
    await signIn(page, PARTNER);
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('hkg.session'))).toBeNull();
  });
});

describe('importing a plan as a planner', () => {
  it('shows the row-level report, writes nothing on cancel, and imports on confirm', async () => {
    const page = await browser.newPage(server.url);
    await signIn(page, PLANNER);
    await page.getByRole('link', { name: 'Import a plan' }).click();
    const before = await planCount();
    await page.locator('input[type=file]').setInputFiles({
      name: 'care-leavers-pilot.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PLAN_CSV),
    });
    await page.getByRole('button', { name: 'Read and check' }).click();
    await page
      .getByRole('heading', { name: 'What importing this file would do' })
      .waitFor({ timeout: 60_000 });
    await expect(page.locator('.headline').textContent()).resolves.toMatch(
      /Read 2 tasks .* Importing it would leave: 2 tasks added/,
    );
    await expect(page.locator('table.issues').isVisible()).resolves.toBe(true);
    expect(await planCount()).toBe(before);
    await browser.screenshot(page, 'import-report');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Read and check' }).waitFor();
    expect(await planCount()).toBe(before);

    await page.locator('input[type=file]').setInputFiles({
      name: 'care-leavers-pilot.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PLAN_CSV),
    });
    await page.getByRole('button', { name: 'Read and check' }).click();
    await page.getByRole('button', { name: 'Import it' }).click();
    await page.getByRole('heading', { name: 'What the import did' }).waitFor({ timeout: 60_000 });
    await expect(page.locator('.headline').textContent()).resolves.toMatch(
      /Imported: 2 tasks added/,
    );
    expect(await planCount()).toBe(before + 1);
    await browser.screenshot(page, 'import-done');
  }, 150_000);

  it('logged no errors in the page except the refused sign-in', () => {
    expect(browser.errors.filter((e) => !/401|Unauthorized|status of 4\d\d/i.test(e))).toEqual([]);
  });
});

async function signInExpectingError(page: Page) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(PARTNER.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
}
