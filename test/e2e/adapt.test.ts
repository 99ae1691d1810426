// The page.evaluate() callbacks run in the browser.
/// <reference lib="dom" />
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { generateApiKeySecret } from '../../src/auth/api-keys.js';
import { launchChromium, openConsole, signIn, type ConsolePage } from './support/browser.js';

// Issue 22, as a new user would: `npm start` on the embedded default from a fresh data folder,
// ingest the README's Wesnoth folder in the console, then one click on "Adapt the model to this
// catalog". The run trains on the catalog's own audio with the console's defaults, the editor
// activates it, and a degraded excerpt of "Silvan Sanctuary" finds its recording first.

const MUSIC = '/usr/share/games/wesnoth/1.16/data/core/music';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let server: ChildProcess;
let browser: Browser;
let base: string;
let dataDir: string;
let modelsDir: string;
let log = '';
const admin = generateApiKeySecret().secret;
const pages: ConsolePage[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-adapt-data-'));
  modelsDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-adapt-models-'));
  await cp(path.join(ROOT, 'models'), modelsDir, { recursive: true });
  const port = 4700 + Math.floor(Math.random() * 200);
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    MODELS_DIR: modelsDir,
    PORT: String(port),
    VMR_BOOTSTRAP_ADMIN_KEY: admin,
    LOG_LEVEL: 'warn',
    RATE_LIMITS: 'false',
  };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  // What `npm start` runs (package.json), in its own process: the embedded database and the inline worker.
  server = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  server.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  const deadline = Date.now() + 240_000;
  for (;;) {
    const ok = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  for (const p of pages) await p.close();
  await browser?.close();
  server?.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
  await rm(modelsDir, { recursive: true, force: true });
});

async function gql<T>(query: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

it('adapts the shipped model to an ingested catalog in one click, and an excerpt then finds its recording first', async () => {
  const files = (await readdir(MUSIC)).filter((f) => f.endsWith('.ogg')).map((f) => path.join(MUSIC, f));
  const c = await openConsole(browser, base);
  pages.push(c);
  await signIn(c.page, admin, 'ADMIN');
  await c.page.getByRole('link', { name: 'Import' }).click();
  await c.page.getByLabel('Audio files', { exact: true }).setInputFiles(files);
  // silence.ogg has nothing to describe: it is refused, the rest are ingested.
  await c.page
    .getByText(new RegExp(`^${files.length - 1} of ${files.length} ingested`))
    .waitFor({ timeout: 900_000 });

  await c.page.getByRole('link', { name: 'Training', exact: true }).click();
  await c.page.getByRole('heading', { name: 'Adapt the model to this catalog' }).waitFor();
  await c.screenshot('training-adapt-offer');
  await c.page.getByRole('button', { name: 'Adapt the model to this catalog' }).click();
  await c.page.getByTestId('run-status').filter({ hasText: 'SUCCEEDED' }).waitFor({ timeout: 900_000 });
  await c.page.getByText(/Excerpt → recording R@10 on \d+ held-out recordings/).waitFor();
  await c.screenshot('training-adapt-done');
  await c.page.getByRole('button', { name: /^Activate run-/ }).click();
  await c.page.getByText(/is now active: searches use it/).waitFor();

  const active = await gql<{ activeModel: { audioFrontEnd: string; unfamiliarTracks: number } }>(
    '{ activeModel { audioFrontEnd unfamiliarTracks } }',
  );
  expect(active.activeModel.audioFrontEnd).toBe('vmr-logmel@1');

  // 25 s from the middle of the recording, 6 dB quieter, with noise, as a 48 kbps MP3.
  const excerpt = path.join(dataDir, 'silvan-excerpt.mp3');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-ss', '40', '-t', '25', '-i', path.join(MUSIC, 'silvan_sanctuary.ogg')],
    ...['-f', 'lavfi', '-t', '25', '-i', 'anoisesrc=color=pink:amplitude=0.02:sample_rate=44100'],
    ...['-filter_complex', '[0:a]volume=-6dB[a];[a][1:a]amix=inputs=2:normalize=0'],
    ...['-ac', '2', '-c:a', 'libmp3lame', '-b:a', '48k', excerpt],
  ]);
  await c.page.getByRole('link', { name: 'Search' }).click();
  await c.page.getByRole('tab', { name: 'Music like a clip' }).click();
  await c.page.getByLabel('Audio clip', { exact: true }).setInputFiles(excerpt);
  await c.page.getByRole('button', { name: 'Find similar music' }).click();
  await c.page.getByTestId('search-result').nth(9).waitFor({ timeout: 120_000 });
  await c.screenshot('search-clip-after-adapt');
  expect(await c.page.getByTestId('search-result').first().innerText()).toMatch(/silvan/i);
  // Only the catalog's own recordings are embedded under the adapted model.
  for (const text of await c.page.getByTestId('search-result').allInnerTexts())
    expect(text).not.toMatch(/Synthetic|demo/i);
  expect(c.errors.filter((e) => !/HTTP 4\d\d/.test(e))).toEqual([]);
}, 1_800_000);
