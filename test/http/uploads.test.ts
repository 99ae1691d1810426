import { jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { handleUpload } from '../../src/http/uploads.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { sweepExpiredUploads } from '../../src/media/uploads/index.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeTestVideo, SHORT_WESNOTH, WESNOTH_MUSIC } from '../media/media-fixtures.js';
import { ingestAudioFiles } from '../../src/media/ingest/ingest-files.js';
import { EmbedderPool } from '../../src/models/embedders.js';

// Decoding and extracting real media takes seconds on a shared 2-core machine.
jest.setTimeout(180_000);

const run = promisify(execFile);
let tdb: TestDatabase;
let platform: Platform;
let base: string;
let dataDir: string;
const keys: Record<'EDITOR' | 'VIEWER' | 'OTHER', string> = { EDITOR: '', VIEWER: '', OTHER: '' };
const SEARCH_LIMIT = 2 * 1024 * 1024;
const OGG = path.join(WESNOTH_MUSIC, 'victory.ogg'); // 5.5 s, 94 KB
// Six short real tracks (2 minutes of audio in all) to search: a full page of five.
const CATALOG = SHORT_WESNOTH.slice(0, 6);

beforeAll(async () => {
  tdb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'vmr-uploads-'));
  const config = loadConfig();
  platform = await startPlatform(
    {
      ...config,
      databaseUrl: tdb.url,
      port: 0,
      dataDir,
      uploads: { ...config.uploads, searchMaxBytes: SEARCH_LIMIT, retentionS: 3600 },
    },
    { seedDemo: false, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  const prisma = platform.db.database.prisma;
  keys.EDITOR = (await createApiKey(prisma, 'uploads editor', 'EDITOR')).secret;
  keys.VIEWER = (await createApiKey(prisma, 'uploads viewer', 'VIEWER')).secret;
  keys.OTHER = (await createApiKey(prisma, 'another viewer', 'VIEWER')).secret;
  // A small real catalog to search: the shortest Wesnoth tracks, ingested as the CLI does.
  const embedders = new EmbedderPool(config.modelsDir);
  const results = await ingestAudioFiles(
    { db: prisma, embedders, dataDir, maxSeconds: 3600 },
    CATALOG.map((name) => path.join(WESNOTH_MUSIC, name)),
  );
  await embedders.closeAll();
  expect(results.map((r) => r.status)).toEqual(CATALOG.map(() => 'created'));
}, 300_000);
afterAll(async () => {
  await platform.stop();
  await tdb.drop();
  await rm(dataDir, { recursive: true, force: true });
});

type ErrorBody = { errors: Array<{ message: string; extensions: Record<string, unknown> }> };

async function upload(body: Uint8Array | ReadableStream, key: string | null, query = '') {
  const response = await fetch(`${base}/uploads${query}`, {
    method: 'POST',
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & ErrorBody };
}

/** Every file under the data folder's upload and media directories (what an upload leaves). */
async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\/(uploads|media)(\/|$)/.test(e.parentPath))
    .map((e) => path.relative(dataDir, path.join(e.parentPath, e.name)))
    .sort();
}

async function graphql(query: string, variables: Record<string, unknown>, key: string | null) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: ErrorBody['errors'] };
}

describe('POST /uploads', () => {
  it('streams a sniffed audio file to disk and answers its id, hash and type', async () => {
    const bytes = await readFile(OGG);
    const { status, json } = await upload(bytes, keys.VIEWER);
    expect(status).toBe(201);
    expect(json).toMatchObject({ purpose: 'SEARCH', mime: 'audio/ogg', size: bytes.length });
    expect(json.id).toMatch(/^[0-9a-f-]{36}$/);
    const row = await platform.db.database.prisma.upload.findUniqueOrThrow({
      where: { id: json.id as string },
    });
    expect(row.sha256).toBe(json.sha256);
    expect(await readFile(row.path)).toEqual(bytes);
    expect(row.expiresAt!.getTime() - row.createdAt.getTime()).toBe(3600 * 1000);
  });

  it('checks the type by sniffing the bytes, not the name: a text file is 415 with a JSON error', async () => {
    const before = await filesOnDisk();
    const { status, json } = await upload(
      new TextEncoder().encode('%PDF-1.4 this is not music\n'.repeat(100)),
      keys.VIEWER,
      '?filename=song.mp3',
    );
    expect(status).toBe(415);
    expect(json.errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(json.errors[0]!.message).toMatch(/application\/pdf .*only audio and video files are accepted/);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('refuses an upload over the limit with 413 and leaves no file behind (declared length and streamed)', async () => {
    const before = await filesOnDisk();
    const big = new Uint8Array(SEARCH_LIMIT + 50_000);
    big.set(await readFile(OGG)); // a real Ogg head, so only the size is wrong
    const declared = await upload(big, keys.VIEWER);
    expect(declared.status).toBe(413);
    expect(declared.json.errors[0]!.extensions).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      limit: SEARCH_LIMIT,
    });
    // No Content-Length: the limit is found while streaming.
    const chunks = [big.subarray(0, 1_000_000), big.subarray(1_000_000)];
    const streamed = await upload(
      new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk) controller.enqueue(chunk);
          else controller.close();
        },
      }),
      keys.VIEWER,
    );
    expect(streamed.status).toBe(413);
    expect(streamed.json.errors[0]!.message).toBe(`The upload exceeds the limit of ${SEARCH_LIMIT} bytes`);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('removes the partial file when the client goes away mid-upload', async () => {
    const before = await filesOnDisk();
    const head = await readFile(OGG);
    await new Promise<void>((resolve) => {
      const req = request(`${base}/uploads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${keys.VIEWER}`, 'transfer-encoding': 'chunked' },
      });
      req.on('error', () => resolve());
      req.write(head.subarray(0, 80_000), () => setTimeout(() => req.destroy(), 200));
    });
    for (let i = 0; i < 50 && (await filesOnDisk()).length !== before.length; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(await filesOnDisk()).toEqual(before);
  });

  it('needs a key: anonymous search uploads are off by default, catalog media needs EDITOR', async () => {
    const bytes = await readFile(OGG);
    const anonymous = await upload(bytes, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const viewerCatalog = await upload(bytes, keys.VIEWER, '?purpose=catalog');
    expect(viewerCatalog.status).toBe(403);
    expect(viewerCatalog.json.errors[0]!.message).toBe(
      'A catalog upload needs role EDITOR or higher; this key has VIEWER',
    );
    const badKey = await upload(bytes, 'vmr_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(badKey.status).toBe(401);
    const badPurpose = await upload(bytes, keys.EDITOR, '?purpose=forever');
    expect(badPurpose.status).toBe(400);
    expect(badPurpose.json.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    const editor = await upload(bytes, keys.EDITOR, '?purpose=catalog');
    expect(editor.status).toBe(201);
    const row = await platform.db.database.prisma.upload.findUniqueOrThrow({
      where: { id: editor.json.id as string },
    });
    expect(row.path).toBe(path.join(dataDir, 'media', `${row.sha256}.ogg`));
  });

  it('takes anonymous search uploads only when enabled, with their smaller limit', async () => {
    const config = loadConfig();
    const anonymous = {
      ...config,
      dataDir,
      uploads: { ...config.uploads, anonymous: true, anonymousMaxBytes: 50_000 },
    };
    const server = createServer((req, res) => void handleUpload(req, res, platform.db.database, anonymous));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/uploads`;
      const tone = path.join(dataDir, 'tone.ogg');
      await run('ffmpeg', [
        '-v',
        'error',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:duration=1',
        '-c:a',
        'libvorbis',
        tone,
      ]);
      const small = await fetch(url, { method: 'POST', body: await readFile(tone) });
      expect(small.status).toBe(201);
      const { id } = (await small.json()) as { id: string };
      expect(await platform.db.database.prisma.upload.findUniqueOrThrow({ where: { id } })).toMatchObject({
        keyId: null,
        purpose: 'SEARCH',
      });
      const big = await fetch(url, { method: 'POST', body: await readFile(OGG) }); // 94 KB
      expect(big.status).toBe(413);
      expect(((await big.json()) as ErrorBody).errors[0]!.extensions).toMatchObject({ limit: 50_000 });
    } finally {
      server.close();
    }
  });

  it('keeps a search upload private to the key that sent it', async () => {
    const { json } = await upload(await readFile(OGG), keys.VIEWER);
    const query = 'query($id: ID!) { musicForVideo(video: { uploadId: $id }) { edges { node { id } } } }';
    const other = await graphql(query, { id: json.id }, keys.OTHER);
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(other.errors![0]!.message).toBe(`Upload ${json.id as string} does not exist`);
    // The owner may use it: an audio file is not a video, refused with the reason, and deleted.
    const own = await graphql(query, { id: json.id }, keys.VIEWER);
    expect(own.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_VIDEO_STREAM',
      field: 'video.uploadId',
    });
    expect(await platform.db.database.prisma.upload.count({ where: { id: json.id as string } })).toBe(0);
  });

  it('expires search uploads and sweeps them with their files', async () => {
    const { json } = await upload(await readFile(OGG), keys.VIEWER);
    const prisma = platform.db.database.prisma;
    const row = await prisma.upload.findUniqueOrThrow({ where: { id: json.id as string } });
    const later = new Date(Date.now() + 3601 * 1000);
    const report = await sweepExpiredUploads(prisma, { dataDir, retentionS: 3600, now: later });
    expect(report.uploads).toBeGreaterThanOrEqual(1);
    expect(await prisma.upload.count({ where: { id: row.id } })).toBe(0);
    expect((await filesOnDisk()).some((f) => f.endsWith(path.basename(row.path)))).toBe(false);
  });
});

describe('musicForVideo by upload, over HTTP', () => {
  it('extracts an ffmpeg-made video, answers a full page and deletes the upload', async () => {
    const file = path.join(dataDir, 'made.mp4');
    await makeTestVideo(file, 6, 'Sunset Drive');
    const { status, json } = await upload(await readFile(file), keys.VIEWER, '?filename=made.mp4');
    expect(status).toBe(201);
    expect(json.mime).toBe('video/mp4');
    const result = await graphql(
      'query($id: ID!) { musicForVideo(video: { uploadId: $id }, first: 5) { edges { node { id title } score } } }',
      { id: json.id },
      keys.VIEWER,
    );
    expect(result.errors).toBeUndefined();
    const edges = (result.data!.musicForVideo as { edges: Array<{ score: number }> }).edges;
    expect(edges).toHaveLength(5);
    for (let i = 1; i < edges.length; i += 1)
      expect(edges[i]!.score).toBeLessThanOrEqual(edges[i - 1]!.score);
    expect(await platform.db.database.prisma.upload.count({ where: { id: json.id as string } })).toBe(0);
  });
});
