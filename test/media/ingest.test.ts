import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureSearchReady } from '../../src/models/bootstrap.js';
import { IngestWorker } from '../../src/media/ingest/index.js';
import { ingestAudioFiles, type FileIngestResult } from '../../src/media/ingest/ingest-files.js';
import { receiveFile, storeUpload } from '../../src/media/uploads/index.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';
import { MODELS_DIR } from '../support/search-catalog.js';
import { corruptCopy, ffprobeDuration, makeTestVideo, WESNOTH_MUSIC } from './media-fixtures.js';

const run = promisify(execFile);
// Decoding real recordings takes seconds each on a shared 2-core machine.
jest.setTimeout(240_000);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let tdb: TestDatabase;
let api: TestApi;
let dataDir: string;
let corpus: string[];
let results: FileIngestResult[];
let probed: Map<string, number>;
let corpusSeconds = 0;

beforeAll(async () => {
  tdb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'vmr-ingest-'));
  api = await createTestApi(tdb.database, { dataDir });
  await ensureSearchReady(tdb.database.prisma, api.services.embedders, MODELS_DIR, {
    log: () => {},
    concurrentIndex: false,
  });
  corpus = (await readdir(WESNOTH_MUSIC))
    .filter((f) => f.endsWith('.ogg'))
    .sort()
    .map((f) => path.join(WESNOTH_MUSIC, f));
  // A developer on a loaded machine may take the N smallest files instead (CI takes all 41).
  const subset = Number(process.env.VMR_INGEST_TEST_FILES ?? 0);
  if (subset > 0) {
    const sizes = new Map(await Promise.all(corpus.map(async (f) => [f, (await stat(f)).size] as const)));
    corpus = [...corpus]
      .sort((a, b) => sizes.get(a)! - sizes.get(b)!)
      .slice(0, subset)
      .sort();
  }
  const started = performance.now();
  results = await ingestAudioFiles(
    { db: tdb.database.prisma, embedders: api.services.embedders, dataDir, maxSeconds: 3600 },
    corpus,
    { concurrency: 2 },
  );
  corpusSeconds = (performance.now() - started) / 1000;
  probed = new Map(await Promise.all(corpus.map(async (f) => [f, await ffprobeDuration(f)] as const)));
}, 900_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('ingesting the Wesnoth corpus (wesnoth-1.16-music, 41 OGG recordings)', () => {
  it('decodes every file; the one silent recording is refused as SILENT, alone', () => {
    if (!process.env.VMR_INGEST_TEST_FILES) expect(corpus).toHaveLength(41);
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed).toEqual([
      expect.objectContaining({
        file: path.join(WESNOTH_MUSIC, 'silence.ogg'),
        reason: 'SILENT: silence.ogg is silent: there is no music to analyse.',
      }),
    ]);
    expect(results.filter((r) => r.status === 'created')).toHaveLength(corpus.length - 1);
    const audio = results.reduce((sum, r) => sum + (r.durationS ?? 0), 0);
    console.log(`ingested ${audio.toFixed(0)} s of audio in ${corpusSeconds.toFixed(1)} s`);
  });

  it('stores durations that agree with ffprobe within 0.1 s, and one feature row and embedding per track', async () => {
    const prisma = tdb.database.prisma;
    for (const r of results.filter((x) => x.status === 'created')) {
      const track = await prisma.track.findUniqueOrThrow({
        where: { id: r.trackId! },
        include: { features: true, embeddings: true },
      });
      expect(Math.abs(track.durationSec - probed.get(r.file)!)).toBeLessThanOrEqual(0.1);
      expect(track.features).toHaveLength(1);
      expect(track.features[0]!.frames).toBeGreaterThanOrEqual(Math.floor(track.durationSec));
      expect(track.features[0]!.source).toBe('ingest');
      expect(track.embeddings).toHaveLength(1);
    }
    // Titles come from the Vorbis tags, not the file names.
    expect(results.find((r) => r.file.endsWith('/battle-epic.ogg'))!.title).toBe('Battle Epic');
  });

  it('answers similarTracks from one of them with a full, deterministic page of the others', async () => {
    const seed = results.find((r) => r.file.endsWith('/knolls.ogg')) ?? results.find((r) => r.trackId)!;
    const query = `query($ids: [ID!]!) { similarTracks(trackIds: $ids, first: 10) { edges { score node { id title } } } }`;
    const ids = [toGlobalId('Track', seed.trackId!)];
    const first = await api.run<{ similarTracks: { edges: Array<{ score: number; node: { id: string } }> } }>(
      query,
      { ids },
      'VIEWER',
    );
    const again = await api.run(query, { ids }, 'VIEWER');
    expect(first.errors).toBeUndefined();
    const edges = first.data!.similarTracks.edges;
    expect(edges).toHaveLength(10);
    const corpusIds = new Set(results.filter((r) => r.trackId).map((r) => toGlobalId('Track', r.trackId!)));
    for (const e of edges) {
      expect(corpusIds.has(e.node.id)).toBe(true);
      expect(e.node.id).not.toBe(ids[0]);
    }
    for (let i = 1; i < edges.length; i += 1)
      expect(edges[i]!.score).toBeLessThanOrEqual(edges[i - 1]!.score);
    expect(again).toEqual(first);
  });

  it('changes nothing when the same files are ingested again (matched by content hash)', async () => {
    const prisma = tdb.database.prisma;
    const before = await Promise.all([
      prisma.track.count(),
      prisma.mediaFeature.count(),
      prisma.ingestJob.count(),
    ]);
    const again = await ingestAudioFiles(
      { db: prisma, embedders: api.services.embedders, dataDir, maxSeconds: 3600 },
      corpus.slice(0, 3),
    );
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(again.map((r) => r.trackId)).toEqual(results.slice(0, 3).map((r) => r.trackId));
    expect(
      await Promise.all([prisma.track.count(), prisma.mediaFeature.count(), prisma.ingestJob.count()]),
    ).toEqual(before);
  });
});

describe('npm run ingest', () => {
  it('lands a batch with a corrupted copy of a real file, reports it failed, and matches ISRCs from tags and names', async () => {
    const dir = path.join(dataDir, 'batch');
    await mkdir(dir);
    const victory = path.join(WESNOTH_MUSIC, 'victory.ogg');
    // Re-encoded copies, so they are new content: ISRC and title in the FLAC tags; the MP3 has no
    // tags, so its ISRC comes from its name and its title from the rest of the name.
    await run('ffmpeg', [
      '-v',
      'error',
      '-i',
      victory,
      '-metadata',
      'ISRC=GBAYE0601498',
      '-metadata',
      'TITLE=Victory',
      path.join(dir, 'victory.flac'),
    ]);
    await run('ffmpeg', [
      '-v',
      'error',
      '-i',
      path.join(WESNOTH_MUSIC, 'defeat.ogg'),
      path.join(dir, 'QM-DA7-14-18490 defeat.mp3'),
    ]);
    await corruptCopy(path.join(WESNOTH_MUSIC, 'battle-epic.ogg'), path.join(dir, 'broken.ogg'));
    const cli = await run(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', dir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: tdb.url, DATA_DIR: dataDir, MODELS_DIR },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(
      /broken\.ogg\s+failed\s+CORRUPT: broken\.ogg is corrupt or truncated and could not be decoded\./,
    );
    expect(cli.stdout).toMatch(/victory\.flac\s+created\s+Victory\s+GBAYE0601498\s+5\.5/);
    expect(cli.stdout).toMatch(/QM-DA7-14-18490 defeat\.mp3\s+created\s+defeat\s+QMDA71418490/);
    expect(cli.stdout).toContain('3 files: 2 created, 0 updated, 0 unchanged, 1 failed');
    expect(cli.stderr).toContain('ingest: failed: broken.ogg');
    const prisma = tdb.database.prisma;
    const flac = await prisma.track.findUniqueOrThrow({
      where: { isrc: 'GBAYE0601498' },
      include: { features: true },
    });
    expect(flac.features).toHaveLength(1);
    // Nothing of the broken file: no upload row, no kept media under its name.
    expect(await prisma.upload.count({ where: { fileName: 'broken.ogg' } })).toBe(0);
    const kept = await prisma.upload.findMany({
      where: { fileName: { in: ['victory.flac', 'QM-DA7-14-18490 defeat.mp3'] } },
    });
    expect(kept.map((u) => path.dirname(u.path))).toEqual([
      path.join(dataDir, 'media'),
      path.join(dataDir, 'media'),
    ]);
  }, 120_000);
});

describe('attachTrackAudio and its ingest job', () => {
  let worker: IngestWorker;
  beforeAll(() => {
    worker = new IngestWorker(
      {
        db: tdb.database.prisma,
        embedders: api.services.embedders,
        dataDir,
        uploads: { ...api.config.uploads, leaseMs: 5000 },
        log: () => {},
      },
      100,
    );
    worker.start();
  });
  afterAll(() => worker.stop());

  async function catalogUpload(
    file: string,
    purpose: 'CATALOG' | 'SEARCH' = 'CATALOG',
    keyId: string | null = null,
  ) {
    const received = await receiveFile(createReadStream(file), { dataDir, maxBytes: 50 * 1024 * 1024 });
    return storeUpload(tdb.database.prisma, {
      file: received,
      purpose,
      keyId,
      fileName: path.basename(file),
      dataDir,
      retentionS: 3600,
    });
  }

  const JOB = 'id status reason attempts track { id title } video { id }';
  async function until(id: string, status: string[]) {
    for (let i = 0; i < 3000; i += 1) {
      const r = await api.run<{ ingestJob: { status: string } }>(
        `query($id: ID!) { ingestJob(id: $id) { ${JOB} } }`,
        { id },
        'EDITOR',
      );
      if (status.includes(r.data!.ingestJob.status)) return r.data!.ingestJob as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} never reached ${status.join('/')}`);
  }

  it('queues, runs to DONE, writes the features through the embedding path, and answers the same job for the same file', async () => {
    const prisma = tdb.database.prisma;
    const created = await api.run<{ createTrack: { id: string } }>(
      `mutation { createTrack(input: { isrc: "USRC17607839", title: "Attached", durationSec: 50 }) { id } }`,
      {},
      'EDITOR',
    );
    const trackId = created.data!.createTrack.id;
    const upload = await catalogUpload(path.join(WESNOTH_MUSIC, 'main_menu.ogg'));
    const attach = `mutation($t: ID!, $u: ID!) { attachTrackAudio(trackId: $t, uploadId: $u) { ${JOB} } }`;
    const queued = await api.run<{ attachTrackAudio: { id: string; status: string } }>(
      attach,
      { t: trackId, u: upload.id },
      'EDITOR',
    );
    expect(queued.errors).toBeUndefined();
    expect(['QUEUED', 'PROCESSING', 'DONE']).toContain(queued.data!.attachTrackAudio.status);
    const done = await until(queued.data!.attachTrackAudio.id, ['DONE', 'FAILED']);
    expect(done).toMatchObject({
      status: 'DONE',
      reason: null,
      attempts: 1,
      track: { id: trackId, title: 'Attached' },
    });
    const dbId =
      upload.id && (await prisma.ingestJob.findFirstOrThrow({ where: { uploadId: upload.id } })).trackId!;
    const features = await prisma.mediaFeature.findMany({ where: { trackId: dbId } });
    expect(features).toEqual([expect.objectContaining({ kind: 'AUDIO', source: 'upload', frames: 51 })]);
    expect(await prisma.trackEmbedding.count({ where: { trackId: dbId } })).toBe(1);
    // Kept: catalog media stays, with no expiry.
    expect((await prisma.upload.findUniqueOrThrow({ where: { id: upload.id } })).expiresAt).toBeNull();
    // The same bytes again, even as a second upload: the same job, nothing duplicated.
    const second = await catalogUpload(path.join(WESNOTH_MUSIC, 'main_menu.ogg'));
    const again = await api.run<{ attachTrackAudio: { id: string } }>(
      attach,
      { t: trackId, u: second.id },
      'EDITOR',
    );
    expect(again.data!.attachTrackAudio.id).toBe(queued.data!.attachTrackAudio.id);
    expect(await prisma.mediaFeature.count({ where: { trackId: dbId } })).toBe(1);
    expect(await prisma.ingestJob.count({ where: { trackId: dbId } })).toBe(1);
  });

  it('fails the job with the reason for a corrupt file, and refuses bad requests with their codes', async () => {
    const track = await api.run<{ createTrack: { id: string } }>(
      `mutation { createTrack(input: { isrc: "USRC17607840", title: "Broken", durationSec: 50 }) { id } }`,
      {},
      'EDITOR',
    );
    const t = track.data!.createTrack.id;
    const broken = path.join(dataDir, 'broken-attach.ogg');
    await corruptCopy(path.join(WESNOTH_MUSIC, 'frantic.ogg'), broken);
    const upload = await catalogUpload(broken);
    const attach = `mutation($t: ID!, $u: ID!) { attachTrackAudio(trackId: $t, uploadId: $u) { id } }`;
    const queued = await api.run<{ attachTrackAudio: { id: string } }>(attach, { t, u: upload.id }, 'EDITOR');
    const failed = await until(queued.data!.attachTrackAudio.id, ['DONE', 'FAILED']);
    expect(failed).toMatchObject({
      status: 'FAILED',
      reason: expect.stringMatching(/^CORRUPT: .* is corrupt or truncated and could not be decoded\.$/),
    });
    expect(await tdb.database.prisma.mediaFeature.count({ where: { track: { isrc: 'USRC17607840' } } })).toBe(
      0,
    );

    const editor = await tdb.database.prisma.apiKey.findFirstOrThrow({ where: { name: 'test editor' } });
    const search = await catalogUpload(path.join(WESNOTH_MUSIC, 'victory.ogg'), 'SEARCH', editor.id);
    const wrongPurpose = await api.run(attach, { t, u: search.id }, 'EDITOR');
    expect(wrongPurpose.errors![0]).toMatchObject({
      message: `uploadId: upload ${search.id} is a search upload; catalog media is uploaded with POST /uploads?purpose=catalog`,
      extensions: { code: 'BAD_USER_INPUT', field: 'uploadId' },
    });
    const unknown = await api.run(attach, { t, u: '00000000-0000-4000-8000-000000000000' }, 'EDITOR');
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const notAnId = await api.run(attach, { t, u: 'nope' }, 'EDITOR');
    expect(notAnId.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    expect(codes(await api.run(attach, { t, u: upload.id }, 'VIEWER'))).toEqual(['FORBIDDEN']);
  });
  it('makes a catalog video from an uploaded file, pairs its own audio as a TRAINING_ONLY track, and refuses audio-only files', async () => {
    const prisma = tdb.database.prisma;
    const file = path.join(dataDir, 'clip.mp4');
    await makeTestVideo(file, 6, 'Harbour Lights');
    const upload = await catalogUpload(file);
    const create = `mutation($u: ID!, $pair: Boolean) {
      createVideoFromUpload(uploadId: $u, text: { title: "Harbour Lights", captions: "boats at dusk" }, pairOwnAudio: $pair) { id status }
    }`;
    const queued = await api.run<{ createVideoFromUpload: { id: string } }>(
      create,
      { u: upload.id, pair: true },
      'EDITOR',
    );
    expect(queued.errors).toBeUndefined();
    const done = (await until(queued.data!.createVideoFromUpload.id, ['DONE', 'FAILED'])) as {
      status: string;
      video: { id: string } | null;
      track: { id: string; title: string } | null;
    };
    expect(done).toMatchObject({ status: 'DONE', reason: null, track: { title: 'Harbour Lights (audio)' } });
    const job = await prisma.ingestJob.findFirstOrThrow({ where: { uploadId: upload.id } });
    const video = await prisma.video.findUniqueOrThrow({
      where: { id: job.videoId! },
      include: { features: { orderBy: { kind: 'asc' } }, pairs: { include: { track: true } } },
    });
    expect(video).toMatchObject({ title: 'Harbour Lights', captions: 'boats at dusk', source: 'upload' });
    expect(Math.abs(video.durationSec! - 6)).toBeLessThan(0.1);
    expect(video.features.map((f) => [f.kind, f.dim, f.frames])).toEqual([
      ['AUDIO', 128, 6],
      ['VISUAL', 1024, 6],
    ]);
    expect(video.pairs).toEqual([
      expect.objectContaining({
        source: 'upload',
        track: expect.objectContaining({ status: 'TRAINING_ONLY', id: job.trackId }),
      }),
    ]);
    // The same file again: the same job, one video.
    const again = await api.run<{ createVideoFromUpload: { id: string } }>(
      create,
      { u: upload.id, pair: true },
      'EDITOR',
    );
    expect(again.data!.createVideoFromUpload.id).toBe(queued.data!.createVideoFromUpload.id);
    expect(await prisma.video.count({ where: { source: 'upload' } })).toBe(1);

    const audioOnly = await catalogUpload(path.join(WESNOTH_MUSIC, 'defeat2.ogg'));
    const refused = await api.run<{ createVideoFromUpload: { id: string } }>(
      create,
      { u: audioOnly.id, pair: false },
      'EDITOR',
    );
    const failed = await until(refused.data!.createVideoFromUpload.id, ['DONE', 'FAILED']);
    expect(failed).toMatchObject({
      status: 'FAILED',
      reason: expect.stringMatching(/^NO_VIDEO_STREAM: /),
      video: null,
    });
    expect(await prisma.video.count({ where: { source: 'upload' } })).toBe(1);
  });
});
