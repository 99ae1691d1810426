// The page.evaluate() callbacks run in the browser.
/// <reference lib="dom" />
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startWorkerProcess } from '../support/worker-process.js';
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
let modelsDir: string;
let dataDir: string;
let videoFile: string;
const MUSIC = '/usr/share/games/wesnoth/1.16/data/core/music';
const keys: Record<'VIEWER' | 'EDITOR' | 'ADMIN', string> = { VIEWER: '', EDITOR: '', ADMIN: '' };
const opened: ConsolePage[] = [];
const afterCleanups: Array<() => Promise<void>> = [];

async function open(width?: number): Promise<ConsolePage> {
  const page = await openConsole(browser, base, width);
  opened.push(page);
  return page;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  // Training writes model versions and uploads land in the data folder: both in scratch copies.
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-e2e-models-'));
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-e2e-data-'));
  await cp(path.join(loadConfig().modelsDir, 'default'), path.join(modelsDir, 'default'), {
    recursive: true,
  });
  platform = await startPlatform(
    {
      ...loadConfig(),
      databaseUrl: tdb.url,
      port: 0,
      logLevel: 'silent',
      modelsDir,
      dataDir,
      inlineWorker: 'off',
    },
    { seedDemo: true, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  for (const role of ['VIEWER', 'EDITOR', 'ADMIN'] as const) {
    keys[role] = (await createApiKey(tdb.database.prisma, `e2e ${role.toLowerCase()}`, role)).secret;
  }
  // A short video from ffmpeg's own sources: a test pattern, a tone and a drawn title.
  videoFile = path.join(dataDir, 'sunset-drive.mp4');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=320x180:rate=10:duration=6',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=6',
    '-vf',
    "drawtext=text='SUNSET DRIVE':fontsize=28:fontcolor=white:x=20:y=20",
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    videoFile,
  ]);
  browser = await launchChromium();
}, 400_000);

afterEach(async () => {
  for (const cleanup of afterCleanups.splice(0)) await cleanup();
  // Every test's pages must have logged no browser console error.
  const errors = opened.flatMap((p) => p.errors);
  for (const page of opened.splice(0)) await page.close();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await tdb?.drop();
  await rm(modelsDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs a GraphQL operation over HTTP as `role`. */
async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  role: keyof typeof keys = 'ADMIN',
): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

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
    }).then((r) => r.json() as Promise<{ errors: Array<{ extensions: { code: string } }> }>);
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Signing out clears the secret from the page.
    await c.page.getByRole('button', { name: 'Sign out' }).click();
    // React commits the sign-out after the click resolves: wait for the secret to go.
    await c.page.getByTestId('new-secret').waitFor({ state: 'detached' });
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
    // GraphiQL ignores a click on Run until its editors are up (a cold start can take
    // seconds): wait for the default query, then run it until the answer shows. The response
    // pane is a Monaco editor that renders line by line: its text is waited for, not a token.
    await c.page.locator('.graphiql-query-editor').getByText('viewer').first().waitFor();
    const answered = () =>
      c.page
        .waitForFunction(
          () =>
            document.querySelector('.graphiql-response')?.textContent?.includes('"role":\u00a0"EDITOR"') ??
            false,
          undefined,
          { timeout: 10_000 },
        )
        .then(() => true)
        .catch(() => false);
    let shown = false;
    for (let attempt = 0; attempt < 3 && !shown; attempt += 1) {
      await c.page.locator('.graphiql-execute-button').click();
      shown = await answered();
    }
    expect(shown).toBe(true);
    await c.screenshot('explorer');
  });

  it("edits a track's grant and a licence-filtered search changes", async () => {
    const { createTrack } = await gql<{ createTrack: { id: string } }>(
      'mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }',
      { i: { isrc: 'QZE2E2600001', title: 'Zebra Crossing Lullaby', durationSec: 150 } },
      'EDITOR',
    );
    const c = await open();
    await signIn(c.page, keys.EDITOR, 'EDITOR');
    const searchForIt = async () => {
      await c.page.goto(`${base}/console/#/search`);
      await c.page.getByRole('tab', { name: 'Text' }).click();
      await c.page.getByLabel('Search territories').fill('DE');
      await c.page.getByRole('checkbox', { name: 'DE', exact: true }).check();
      await c.page
        .getByLabel(/^Usage/)
        .first()
        .selectOption('SOCIAL');
      await c.page.getByLabel('Words').fill('Zebra Crossing Lullaby');
      await c.page.getByRole('button', { name: 'Search text' }).click();
      const results = c.page.locator('section[aria-labelledby="search-results"]');
      await results.locator('table, p').first().waitFor();
      return results.getByTestId('search-result').filter({ hasText: 'Zebra Crossing Lullaby' }).count();
    };
    // Other tracks licensed for social video in DE may match the words: this one is not among them.
    expect(await searchForIt()).toBe(0);

    await c.page.goto(`${base}/console/#/track/${encodeURIComponent(createTrack.id)}`);
    await c.page.getByRole('button', { name: 'Add grant' }).click();
    const grant = c.page.getByRole('form', { name: 'Grant' });
    await grant.getByLabel('Rights holder').fill('Zebra Music Ltd');
    // A grant of the parent usage covers SOCIAL (the usage tree).
    await grant.getByLabel(/^Usages/).selectOption(['ONLINE_VIDEO']);
    await grant.getByLabel('Search territories').fill('DE');
    await grant.getByRole('checkbox', { name: 'DE', exact: true }).check();
    await grant.getByRole('button', { name: 'Save grant' }).click();
    await c.page.getByText('Grant saved.').waitFor();
    expect(await c.page.getByText('Grant saved.').evaluate((e) => e.className)).toContain('message-success');
    await c.screenshot('track-grant');

    expect(await searchForIt()).toBe(1);
    await c.screenshot('search-licensed');
  });

  it('previews an import file with one bad row, rejects it and writes nothing', async () => {
    const c = await open();
    await signIn(c.page, keys.EDITOR, 'EDITOR');
    await c.page.getByRole('link', { name: 'Import' }).click();
    const csv = 'isrc,title,durationSec,bpm\nQZE2E2600010,Good Row,120,90\nNOT-AN-ISRC,Bad Row,120,90\n';
    await c.page
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'tracks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await c.page.getByRole('button', { name: 'Preview' }).click();
    await c.page.getByTestId('import-row-2').filter({ hasText: 'REJECTED' }).waitFor();
    expect(await c.page.getByTestId('import-row-1').innerText()).toContain('VALID');
    expect(await c.page.getByRole('alert').innerText()).toContain('1 row(s) would be rejected');
    expect(await c.page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await c.screenshot('import-rejected');
    const found = await gql<{ tracks: { totalCount: number } }>(
      '{ tracks(filter: { text: "Good Row" }) { totalCount } }',
    );
    expect(found.tracks.totalCount).toBe(0);
  });

  it('trains a small run with a live chart, then activates the model and rolls it back', async () => {
    // Training runs in the worker process, as in production (onnxruntime's training session does
    // not run inside jest's module sandbox).
    const worker = startWorkerProcess({ databaseUrl: tdb.url, modelsDir, dataDir });
    afterCleanups.push(() => worker.kill());
    const c = await open();
    await signIn(c.page, keys.ADMIN, 'ADMIN');
    await c.page.getByRole('link', { name: 'Training', exact: true }).click();
    await c.page.getByLabel('Epochs').fill('3');
    await c.page.getByLabel('Batch size').fill('16');
    await c.page.getByLabel(/^Sources/).fill('demo');
    await c.page.getByLabel('Use video text (II-CLVTM)').uncheck();
    await c.page.getByRole('button', { name: 'Start training' }).click();
    await c.page.getByText('Training run queued.').waitFor();
    // The loss chart fills in while the run trains, then the run finishes.
    await c.page.locator('svg[aria-label="Loss per step"] polyline').first().waitFor({ timeout: 120_000 });
    await c.page.getByTestId('run-status').filter({ hasText: 'SUCCEEDED' }).waitFor({ timeout: 240_000 });
    await c.page
      .locator(
        'svg[aria-label="Validation per epoch"] polyline, svg[aria-label="Validation per epoch"] circle',
      )
      .first()
      .waitFor({ state: 'attached' }); // a flat line has no height, so it never counts as visible
    await c.screenshot('training-run');

    const before = await gql<{ activeModel: { version: string } }>('{ activeModel { version } }');
    await c.page.getByRole('link', { name: 'Models' }).click();
    const candidate = c.page
      .locator('tbody tr')
      .filter({ has: c.page.getByRole('button', { name: 'Activate' }) })
      .first();
    const version = (await candidate.locator('td').first().innerText()).trim();
    // The confirmation shows the deltas; a worse model needs a second, explicit "force".
    const dialogs: string[] = [];
    c.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await candidate.getByRole('button', { name: 'Activate' }).click();
    await c.page.getByText(`${version} is now active.`).waitFor();
    expect(
      (await gql<{ activeModel: { version: string } }>('{ activeModel { version } }')).activeModel.version,
    ).toBe(version);
    expect(dialogs[0]).toContain('Validation R@10');
    await c.screenshot('models-activated');
    await c.page.getByRole('button', { name: 'Roll back' }).click();
    await c.page.getByText(`Rolled back: ${before.activeModel.version} is active again.`).waitFor();
    expect(
      (await gql<{ activeModel: { version: string } }>('{ activeModel { version } }')).activeModel.version,
    ).toBe(before.activeModel.version);
  }, 400_000);

  it('ingests dropped audio files and finds one of them by similar search', async () => {
    const c = await open();
    await signIn(c.page, keys.EDITOR, 'EDITOR');
    await c.page.getByRole('link', { name: 'Import' }).click();
    await c.page
      .getByLabel('Audio files', { exact: true })
      .setInputFiles([`${MUSIC}/battle.ogg`, `${MUSIC}/casualties_of_war.ogg`]);
    await c.page.getByText('2 of 2 ingested.').waitFor({ timeout: 180_000 });
    expect(
      await c.page
        .getByRole('status')
        .filter({ hasText: '2 of 2 ingested.' })
        .evaluate((e) => e.className),
    ).toContain('message-success');
    await c.screenshot('media-ingest');
    // The new track: its audio plays on its page, and it seeds a similar-tracks search.
    const title = await c.page.getByTestId('ingest-battle.ogg').getByRole('link').innerText();
    await c.page.getByTestId('ingest-battle.ogg').getByRole('link').click();
    await c.page.getByLabel('Track audio').waitFor();
    await c.page.getByRole('img', { name: 'Waveform' }).waitFor();
    await c.screenshot('track-audio');
    await c.page.goto(`${base}/console/#/search`);
    await c.page.getByRole('tab', { name: 'Similar tracks' }).click();
    await c.page.getByLabel(/^Seed tracks/).fill(title);
    await c.page
      .getByRole('button', { name: `+ ${title}` })
      .first()
      .click();
    await c.page.getByRole('button', { name: 'Find similar' }).click();
    await c.page.getByTestId('search-result').nth(9).waitFor();
    expect(await c.page.getByTestId('search-result').count()).toBe(10);
    await c.screenshot('search-similar');
  }, 300_000);

  it('searches with an uploaded video file', async () => {
    const c = await open();
    await signIn(c.page, keys.VIEWER, 'VIEWER');
    await c.page.getByRole('link', { name: 'Search' }).click();
    await c.page.getByLabel('Video from').selectOption('upload');
    await c.page.getByLabel('Video file', { exact: true }).setInputFiles(videoFile);
    await c.page.getByLabel('Title cue').fill('sunset drive');
    await c.page.getByRole('button', { name: 'Find music' }).click();
    await c.page.getByTestId('search-result').nth(9).waitFor({ timeout: 120_000 });
    expect(await c.page.getByTestId('search-result').count()).toBe(10);
    await c.screenshot('search-uploaded-video');
  }, 200_000);
});
