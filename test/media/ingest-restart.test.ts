import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey } from '../../src/auth/api-keys.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR } from '../support/search-catalog.js';
import { WESNOTH_MUSIC } from './media-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let tdb: TestDatabase;
let dataDir: string;
let key: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'vmr-restart-'));
  key = (await createApiKey(tdb.database.prisma, 'restart editor', 'EDITOR')).secret;
});
afterAll(async () => {
  await tdb.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** `npm start`'s entry point as a real child process on the test database; resolves with its base URL. */
async function startServer(): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  // node --import tsx, not the tsx wrapper: one process, so SIGKILL reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: tdb.url,
      DATA_DIR: dataDir,
      MODELS_DIR,
      PORT: '0',
      SEED_DEMO: 'false',
      // A long lease: the restarted server must requeue the job because its process is dead,
      // not because a heartbeat ran out.
      INGEST_LEASE_MS: '600000',
      LOG_LEVEL: 'info', // jest's default is silent, and the test reads the server's lines
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL at (http:\/\/[^/]+)\/graphql/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, base, output: () => output };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

describe('an ingest job across a crash', () => {
  it('is requeued when the server is killed mid-ingest and finishes after the restart, with no duplicate', async () => {
    const prisma = tdb.database.prisma;
    const track = await prisma.track.create({
      data: { isrc: 'USRC17607841', title: 'Knalgan Theme', durationSec: 557 },
    });
    let server = await startServer();
    try {
      const upload = await fetch(`${server.base}/uploads?purpose=catalog`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}` },
        body: await readFile(path.join(WESNOTH_MUSIC, 'knalgan_theme.ogg')), // 557 s: long enough to kill
      });
      expect(upload.status).toBe(201);
      const { id: uploadId } = (await upload.json()) as { id: string };
      const attach = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query: 'mutation($t: ID!, $u: ID!) { attachTrackAudio(trackId: $t, uploadId: $u) { id status } }',
          variables: { t: toGlobalId('Track', track.id), u: uploadId },
        }),
      });
      const { data } = (await attach.json()) as {
        data: { attachTrackAudio: { id: string; status: string } };
      };
      expect(data.attachTrackAudio.status).toBe('QUEUED');
      let job = await prisma.ingestJob.findFirstOrThrow({ where: { uploadId } });
      for (let i = 0; i < 3000 && job.status === 'QUEUED'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        job = await prisma.ingestJob.findFirstOrThrow({ where: { uploadId } });
      }
      expect(job.status).toBe('PROCESSING');
      server.child.kill('SIGKILL');
      await exited(server.child);
      job = await prisma.ingestJob.findFirstOrThrow({ where: { uploadId } });
      expect(job).toMatchObject({ status: 'PROCESSING', attempts: 1 });
      expect(await prisma.mediaFeature.count({ where: { trackId: track.id } })).toBe(0);

      server = await startServer();
      for (let i = 0; i < 1200 && !['DONE', 'FAILED'].includes(job.status); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = await prisma.ingestJob.findFirstOrThrow({ where: { uploadId } });
      }
      expect(job).toMatchObject({ status: 'DONE', attempts: 2, reason: null, trackId: track.id });
      expect(server.output()).toMatch(/\[ingest\] job .* lost its worker: now QUEUED/);
      expect(await prisma.ingestJob.count({ where: { trackId: track.id } })).toBe(1);
      expect(await prisma.mediaFeature.count({ where: { trackId: track.id } })).toBe(1);
      expect(await prisma.trackEmbedding.count({ where: { trackId: track.id } })).toBe(1);
      expect(await prisma.track.count()).toBe(1);
    } catch (error) {
      console.error(`server output:\n${server.output()}`);
      throw error;
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
  }, 420_000);
});
