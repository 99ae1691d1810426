import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  hasHorizontalScroll,
  launchChromium,
  openConsole,
  signIn,
  type ConsolePage,
} from './support/browser.js';

let tdb: TestDatabase;
let platform: Platform;
let browser: Browser;
let base: string;
const keys: Record<'VIEWER' | 'EDITOR' | 'ADMIN', string> = { VIEWER: '', EDITOR: '', ADMIN: '' };
const opened: ConsolePage[] = [];

async function open(width?: number): Promise<ConsolePage> {
  const page = await openConsole(browser, base, width);
  opened.push(page);
  return page;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, logLevel: 'silent' },
    { seedDemo: true, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
    keys[role] = (await createApiKey(tdb.database.prisma, `e2e ${role.toLowerCase()}`, role)).secret;
  }
  browser = await launchChromium();
}, 120_000);

afterEach(async () => {
  // Every test's pages must have logged no browser console error.
  const errors = opened.flatMap((p) => p.errors);
  for (const page of opened.splice(0)) await page.close();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await tdb?.drop();
});

const NAV = {
  anonymous: ['Search', 'Explorer'],
  VIEWER: ['Search', 'Catalog', 'Models', 'Explorer'],
  EDITOR: ['Search', 'Catalog', 'Import', 'Training data', 'Models', 'Explorer'],
  ADMIN: ['Search', 'Catalog', 'Import', 'Training data', 'Training', 'Models', 'Keys', 'Explorer'],
};

describe('the admin console in Chromium', () => {
  it('shows each role its own navigation', async () => {
    const c = await open();
    const nav = () => c.page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    await c.page.getByLabel('API key').waitFor();
    expect(await nav()).toEqual(NAV.anonymous);
    await c.screenshot('signin-anonymous');
    for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
      await signIn(c.page, keys[role], role);
      expect(await nav()).toEqual(NAV[role]);
      await c.screenshot(`nav-${role.toLowerCase()}`);
      await c.page.getByRole('button', { name: 'Sign out' }).click();
      await c.page.getByLabel('API key').waitFor();
    }
  });

  it('filters the catalog and pages through it', async () => {
    const c = await open();
    await signIn(c.page, keys.VIEWER, 'VIEWER');
    await c.page
      .getByTestId('total-count')
      .filter({ hasText: /^\d+ matching$/ })
      .waitFor();
    const total = Number((await c.page.getByTestId('total-count').innerText()).split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    const rows = c.page.getByRole('table').last().locator('tbody tr');
    expect(await rows.count()).toBe(20);
    const firstPage = await rows.first().innerText();
    await c.page.getByRole('button', { name: 'Next' }).click();
    await c.page.getByTestId('page-number').filter({ hasText: 'Page 2' }).waitFor();
    await c.page.waitForFunction(
      (first) => document.querySelector('tbody tr')?.textContent !== first,
      firstPage,
    );
    await c.page.getByRole('button', { name: 'Previous' }).click();
    await c.page.getByTestId('page-number').filter({ hasText: 'Page 1' }).waitFor();

    await c.page.getByLabel('BPM from').fill('100');
    await c.page.getByLabel('BPM to').fill('120');
    await c.page.getByRole('button', { name: 'Apply filter' }).click();
    await c.page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="total-count"]')?.textContent ?? '';
      return /^\d+ matching$/.test(text) && Number(text.split(' ')[0]) < before;
    }, total);
    const bpms = await c.page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(bpms.length).toBeGreaterThan(0);
    for (const bpm of bpms) expect(Number(bpm)).toBeGreaterThanOrEqual(100);
    for (const bpm of bpms) expect(Number(bpm)).toBeLessThanOrEqual(120);
    await c.screenshot('catalog-filtered');
  });

  it('has no sideways scroll at 800 px', async () => {
    const c = await open(800);
    await signIn(c.page, keys.ADMIN, 'ADMIN');
    for (const page of ['catalog', 'search', 'import', 'training-data', 'training', 'models', 'keys']) {
      await c.page.goto(`${base}/console/#/${page}`);
      await c.page.locator('main section').first().waitFor();
      expect({ page, scrolls: await hasHorizontalScroll(c.page) }).toEqual({ page, scrolls: false });
    }
    await c.screenshot('catalog-800px');
  });

  it('creates a key, shows its secret once, and revokes it', async () => {
    const c = await open();
    await signIn(c.page, keys.ADMIN, 'ADMIN');
    await c.page.getByRole('link', { name: 'Keys' }).click();
    await c.page.getByLabel('Name').fill('e2e temporary');
    await c.page.getByLabel('Role').selectOption('VIEWER');
    await c.page.getByRole('button', { name: 'Create key' }).click();
    const secret = await c.page.getByTestId('new-secret').innerText();
    expect(secret).toMatch(/\S{20,}/);
    await c.screenshot('keys-created');
    // The new key works at once...
    const works = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    }).then((r) => r.json());
    expect(works).toEqual({ data: { viewer: { role: 'VIEWER' } } });
    // ...and stops when revoked.
    c.page.once('dialog', (dialog) => void dialog.accept());
    await c.page.getByTestId('key-e2e temporary').getByRole('button', { name: 'Revoke' }).click();
    await c.page.getByTestId('key-e2e temporary').getByText('revoked').waitFor();
    const refused = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    }).then((r) => r.json());
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Signing out clears the secret from the page.
    await c.page.getByRole('button', { name: 'Sign out' }).click();
    expect(await c.page.getByTestId('new-secret').count()).toBe(0);
  });

  it('runs a query in the explorer with the signed-in key', async () => {
    const c = await open();
    await signIn(c.page, keys.EDITOR, 'EDITOR');
    const redirected = await fetch(`${base}/graphql`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('/graphiql');
    await c.page.getByRole('link', { name: 'Explorer' }).click();
    await c.page.waitForURL(`${base}/graphiql`);
    await c.page.locator('.graphiql-execute-button').click();
    await c.page.locator('.graphiql-response').getByText('"EDITOR"').waitFor();
    await c.screenshot('explorer');
  });
});
