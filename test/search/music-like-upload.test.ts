import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../../src/config.js';
import { SCHEMA_PATH } from '../../src/graphql/apollo.js';
import { operationCost, SEARCH_FIELD_COST } from '../../src/graphql/plugins/query-cost.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { ingestAudioFiles } from '../../src/media/ingest/ingest-files.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeTestVideo, SHORT_WESNOTH, WESNOTH_MUSIC } from '../media/media-fixtures.js';

// Decoding real recordings takes seconds each on a shared 2-core machine.
jest.setTimeout(180_000);

const run = promisify(execFile);
let tdb: TestDatabase;
let platform: Platform;
let base: string;
let dataDir: string;
let clip: string; // a 20 s, 64 kbps MP3 excerpt of elf-land.ogg
const keys = { VIEWER: '', OTHER: '' };
// Seven short real tracks (victory … transience, 3 minutes of audio in all); elf-land is 27 s.
const CATALOG = SHORT_WESNOTH.slice(0, 7);
let catalogIds: Set<string>;
let bpmById: Map<string, number | null>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'vmr-music-like-'));
  const config = loadConfig();
  platform = await startPlatform(
    {
      ...config,
      databaseUrl: tdb.url,
      port: 0,
      dataDir,
      uploads: { ...config.uploads, retentionS: 3600, anonymous: true, anonymousMaxBytes: 1024 * 1024 },
    },
    { seedDemo: false, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  const prisma = platform.db.database.prisma;
  keys.VIEWER = (await createApiKey(prisma, 'music-like viewer', 'VIEWER')).secret;
  keys.OTHER = (await createApiKey(prisma, 'another viewer', 'VIEWER')).secret;
  // The catalog goes in through the product's ingest path (as `npm run ingest` does).
  const embedders = new EmbedderPool(config.modelsDir);
  const results = await ingestAudioFiles(
    { db: prisma, embedders, dataDir, maxSeconds: 3600 },
    CATALOG.map((name) => path.join(WESNOTH_MUSIC, name)),
  );
  await embedders.closeAll();
  expect(results.map((r) => r.status)).toEqual(CATALOG.map(() => 'created'));
  const tracks = await prisma.track.findMany({ select: { id: true, bpm: true } });
  catalogIds = new Set(tracks.map((t) => toGlobalId('Track', t.id)));
  bpmById = new Map(tracks.map((t) => [toGlobalId('Track', t.id), t.bpm]));
  clip = path.join(dataDir, 'elf-land-excerpt.mp3');
  await run('ffmpeg', [
    '-v',
    'error',
    '-ss',
    '4',
    '-t',
    '20',
    '-i',
    path.join(WESNOTH_MUSIC, 'elf-land.ogg'),
    '-c:a',
    'libmp3lame',
    '-b:a',
    '64k',
    clip,
  ]);
}, 300_000);
afterAll(async () => {
  await platform?.stop();
  await tdb?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

type GraphQLError = { message: string; extensions: Record<string, unknown> };
interface Edge {
  cursor: string;
  score: number;
  signals: Array<{ name: string; score: number; rank: number | null }>;
  explanation: { signals: string[]; summary: string };
  node: { id: string; title: string; bpm: number | null };
}
interface Connection {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  modelVersion: { version: string };
}

async function upload(file: string, key: string | null): Promise<{ id: string; path: string }> {
  const response = await fetch(`${base}/uploads`, {
    method: 'POST',
    headers: key ? { authorization: `Bearer ${key}` } : {},
    body: await readFile(file),
  });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  const row = await platform.db.database.prisma.upload.findUniqueOrThrow({ where: { id } });
  return { id, path: row.path };
}

const SEARCH = `query ($id: ID!, $filter: TrackFilter, $first: Int, $after: String) {
  musicLikeUpload(uploadId: $id, filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      score
      signals { name score rank }
      explanation { signals summary }
      node { id title bpm }
    }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    modelVersion { version }
  }
}`;

async function search(
  key: string | null,
  variables: { id: string; filter?: unknown; first?: number; after?: string | null },
): Promise<{ page?: Connection; errors?: GraphQLError[] }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: SEARCH, variables }),
  });
  const body = (await response.json()) as {
    data?: { musicLikeUpload: Connection } | null;
    errors?: GraphQLError[];
  };
  return { page: body.data?.musicLikeUpload, errors: body.errors };
}

/** Walks every page of one upload's search, `first` at a time. */
async function walk(key: string | null, id: string, first: number, filter?: unknown): Promise<Edge[][]> {
  const pages: Edge[][] = [];
  let after: string | null = null;
  for (;;) {
    const { page, errors } = await search(key, { id, filter, first, after });
    expect(errors).toBeUndefined();
    pages.push(page!.edges);
    expect(page!.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page!.pageInfo.hasNextPage) return pages;
    after = page!.pageInfo.endCursor;
    expect(pages.length).toBeLessThan(20);
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

function expectRanked(edges: Edge[], firstRank: number): void {
  edges.forEach((edge, i) => {
    expect(catalogIds.has(edge.node.id)).toBe(true);
    expect(Number.isFinite(edge.score)).toBe(true);
    // The pool (every track here) is ordered by the clip matched window by window; the whole
    // clip's vector found it, and its rank there is kept beside.
    expect(edge.signals[0]).toEqual({ name: 'WINDOWS', score: edge.score, rank: firstRank + i });
    expect(edge.signals[1]).toMatchObject({ name: 'VECTOR' });
    expect(edge.explanation.signals).toEqual(['WINDOWS', 'VECTOR']);
    expect(edge.explanation.summary).toMatch(
      new RegExp(`^windows -?\\d\\.\\d{3} \\(#${firstRank + i}\\); vector`),
    );
    if (i > 0) expect(edge.score).toBeLessThanOrEqual(edges[i - 1]!.score);
  });
}

describe('musicLikeUpload', () => {
  it('answers full pages of catalog tracks for a 20 s MP3 excerpt, pages on with after, and deletes the upload', async () => {
    const { id, path: file } = await upload(clip, keys.VIEWER);
    const first = await search(keys.VIEWER, { id, first: 3 });
    expect(first.errors).toBeUndefined();
    expect(first.page!.modelVersion.version).toBeTruthy();
    expect(first.page!.edges).toHaveLength(3);
    expect(first.page!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expectRanked(first.page!.edges, 1);
    // The upload is gone at once: row and file.
    expect(await platform.db.database.prisma.upload.count({ where: { id } })).toBe(0);
    expect(await exists(file)).toBe(false);
    // Later pages still work (the features were kept for this key), with no gaps or repeats.
    const second = await search(keys.VIEWER, { id, first: 3, after: first.page!.pageInfo.endCursor });
    expect(second.errors).toBeUndefined();
    expect(second.page!.edges).toHaveLength(3);
    expectRanked(second.page!.edges, 4);
    expect(second.page!.edges[0]!.score).toBeLessThanOrEqual(first.page!.edges[2]!.score);
    const third = await search(keys.VIEWER, { id, first: 3, after: second.page!.pageInfo.endCursor });
    expect(third.page!.edges).toHaveLength(1);
    expect(third.page!.pageInfo.hasNextPage).toBe(false);
    const all = [...first.page!.edges, ...second.page!.edges, ...third.page!.edges].map((e) => e.node.id);
    expect(new Set(all)).toEqual(catalogIds);
    // But the search cannot start over: the upload was consumed, as musicForVideo's is.
    const again = await search(keys.VIEWER, { id, first: 3 });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Nor can another key continue the walk with the owner's cursor.
    const stolen = await search(keys.OTHER, { id, first: 3, after: first.page!.pageInfo.endCursor });
    expect(stolen.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(stolen.errors![0]!.message).toBe(`Upload ${id} does not exist`);
  });

  it('applies the filter to every page (a BPM range)', async () => {
    const bpms = [...bpmById.values()].filter((b): b is number => b !== null).sort((a, b) => a - b);
    expect(bpms.length).toBeGreaterThanOrEqual(4);
    const range = { min: bpms[1]!, max: bpms[bpms.length - 2]! };
    const expected = [...bpmById]
      .filter(([, bpm]) => bpm !== null && bpm >= range.min && bpm <= range.max)
      .map(([id]) => id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(expected.length).toBeLessThan(catalogIds.size);
    const { id } = await upload(clip, keys.VIEWER);
    const pages = await walk(keys.VIEWER, id, 2, { bpm: range });
    const edges = pages.flat();
    expect(pages.slice(0, -1).every((p) => p.length === 2)).toBe(true);
    expectRanked(edges, 1);
    for (const e of edges) {
      expect(e.node.bpm).toBeGreaterThanOrEqual(range.min);
      expect(e.node.bpm).toBeLessThanOrEqual(range.max);
    }
    expect(edges.map((e) => e.node.id).sort()).toEqual([...expected].sort());
    // The licence filter too: no ingested track has a grant yet, so none is cleared.
    const licensed = await upload(clip, keys.VIEWER);
    const cleared = await search(keys.VIEWER, {
      id: licensed.id,
      filter: { licence: { territory: 'US', usage: 'SOCIAL' } },
    });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.page!.edges).toEqual([]);
    expect(cleared.page!.pageInfo.hasNextPage).toBe(false);
  });

  it('ranks by a video file’s audio track too', async () => {
    const video = path.join(dataDir, 'with-audio.mp4');
    await makeTestVideo(video, 4, 'Clip');
    const { id } = await upload(video, keys.VIEWER);
    const { page, errors } = await search(keys.VIEWER, { id, first: 5 });
    expect(errors).toBeUndefined();
    expect(page!.edges).toHaveLength(5);
    expectRanked(page!.edges, 1);
  });

  it('keeps an upload private to the key that sent it (the same NOT_FOUND as musicForVideo)', async () => {
    const { id } = await upload(clip, keys.VIEWER);
    const other = await search(keys.OTHER, { id, first: 3 });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(other.errors![0]!.message).toBe(`Upload ${id} does not exist`);
    const anonymous = await search(null, { id, first: 3 });
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Neither attempt consumed it: the owner still can.
    const own = await search(keys.VIEWER, { id, first: 3 });
    expect(own.errors).toBeUndefined();
    expect(own.page!.edges).toHaveLength(3);
  });

  it('refuses a file with no audio stream as BAD_USER_INPUT with a reason, and deletes it', async () => {
    const silentVideo = path.join(dataDir, 'no-audio.mp4');
    await run('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=3:size=320x240:rate=25',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      '-an',
      silentVideo,
    ]);
    const { id, path: file } = await upload(silentVideo, keys.VIEWER);
    const { errors } = await search(keys.VIEWER, { id });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_AUDIO_STREAM',
      field: 'uploadId',
    });
    expect(await platform.db.database.prisma.upload.count({ where: { id } })).toBe(0);
    expect(await exists(file)).toBe(false);
  });

  it('refuses an id that is not an upload id, and a bad first before consuming the upload', async () => {
    const bad = await search(keys.VIEWER, { id: 'nope' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    const { id } = await upload(clip, keys.VIEWER);
    const tooMany = await search(keys.VIEWER, { id, first: 101 });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await platform.db.database.prisma.upload.count({ where: { id } })).toBe(1);
  });

  it('serves anonymous uploads (ANONYMOUS_UPLOADS=true) the same way, to anonymous callers only', async () => {
    const { id } = await upload(clip, null);
    const keyed = await search(keys.VIEWER, { id, first: 3 });
    expect(keyed.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const pages = await walk(null, id, 4);
    expect(pages.map((p) => p.length)).toEqual([4, 3]);
    expectRanked(pages.flat(), 1);
    expect(new Set(pages.flat().map((e) => e.node.id))).toEqual(catalogIds);
    expect(await platform.db.database.prisma.upload.count({ where: { id } })).toBe(0);
  });
});

describe('musicLikeUpload in the cost model', () => {
  it('costs a search, as musicForVideo does', () => {
    const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    const document = parse('{ musicLikeUpload(uploadId: "u") { edges { node { id } } } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    // first defaults to 10: the search, then edges and node and id ten times each.
    expect(operationCost(schema, operation, new Map(), {}, 1e9)).toBe(SEARCH_FIELD_COST + 30);
  });
});
