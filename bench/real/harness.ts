/**
 * The platform side of bench:real: the API started in-process on a fresh Postgres database with
 * the demo catalog (SEED_DEMO), the corpus ingested through the product's own path (POST
 * /uploads?purpose=catalog, createTrack, attachTrackAudio, ingestJob polled to DONE), and the
 * evaluators: the model-free baseline and whatever model is ACTIVE, measured through the API.
 *
 * Real recordings carry one tag, `real-media-bench` (THEME), and nothing else: searches are
 * restricted to them with `tags.any`, and text searches to the demo catalog with `tags.none`.
 * The soundtrack and the split live only in this harness (ctx.tracks), never in the catalog,
 * so neither a text objective nor the search can see the label the metrics score.
 */
import { cp } from 'node:fs/promises';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createApiKey } from '../../src/auth/api-keys.js';
import { syntheticIsrc } from '../../src/catalog/synthetic-isrc.js';
import { loadConfig } from '../../src/config.js';
import { embeddingsOf } from '../../src/db/vectors.js';
import { fromGlobalId } from '../../src/graphql/ids.js';
import { extractAudio } from '../../src/media/audio/index.js';
import { alignedWindowScore, clipWindows, trackWindows } from '../../src/ml/index.js';
import { dequantizeYt8m } from '../../src/ml/index.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { benchDataDir, splitOf, type Corpus, type Recording, type Split } from './corpus.js';
import { makeExcerpt, type Excerpt } from './excerpts.js';
import {
  fitStandardiser,
  METRICS,
  perUnit,
  poolMeanStd,
  precisionAt,
  rankByCosine,
  rankOf,
  row,
  type ResultRow,
} from './metrics.js';

export const MARKER_TAG = 'real-media-bench';
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface BenchTrack {
  key: string;
  /** Global id (Track:…) and database id. */
  id: string;
  dbId: string;
  soundtrack: string;
  split: Split;
  jobId: string;
  status: 'QUEUED' | 'PROCESSING' | 'DONE' | 'FAILED';
  reason?: string | null;
}

export interface DemoQuery {
  trackId: string;
  title: string;
  text: string;
}

export interface RealBenchContext {
  platform: Platform;
  dbName: string;
  dataDir: string;
  base: string;
  secret: string;
  corpus: Corpus;
  tracks: Map<string, BenchTrack>;
  excerpts: Excerpt[];
  demoQueries: DemoQuery[];
  rows: ResultRow[];
  notes: string[];
  embedders: EmbedderPool;
  log: (m: string) => void;
  keep: boolean;
}

const stamp = () => new Date().toISOString().slice(11, 19);
export const benchLog = (m: string) => console.error(`[bench:real ${stamp()}] ${m}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Starts the platform on a new database (demo catalog seeded) with an ADMIN key. */
export async function startBench(
  corpus: Corpus,
  options: { log?: (m: string) => void; keep?: boolean; dbName?: string } = {},
): Promise<RealBenchContext> {
  const log = options.log ?? benchLog;
  const dbName = options.dbName ?? `vmr_bench_real_${corpus.tier}_${Date.now()}`;
  await admin(`CREATE DATABASE "${dbName}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const dataDir = path.join(benchDataDir(), 'platform', dbName);
  const config = loadConfig();
  // Trained versions land beside a copy of the shipped model, never in the repository's models/.
  const modelsDir = path.join(dataDir, 'models');
  await cp(path.join(config.modelsDir, 'default'), path.join(modelsDir, 'default'), { recursive: true });
  const platform = await startPlatform(
    {
      ...config,
      databaseUrl: url.toString(),
      port: 0,
      dataDir,
      modelsDir,
      // Training runs in this process (bench:real trains the self-supervised models itself).
      inlineWorker: 'on',
      rateLimits: { ...config.rateLimits, enabled: false },
      // Request logs would bury the progress lines (LOG_LEVEL=info brings them back).
      logLevel: process.env.LOG_LEVEL ? config.logLevel : 'warn',
    },
    { seedDemo: true, log: () => {} },
  );
  const { secret } = await createApiKey(platform.db.database.prisma, 'bench:real', 'ADMIN');
  log(`platform on ${platform.url} (database ${dbName})`);
  return {
    platform,
    dbName,
    dataDir,
    base: `http://127.0.0.1:${platform.port}`,
    secret,
    corpus,
    tracks: new Map(),
    excerpts: [],
    demoQueries: [],
    rows: [],
    notes: [],
    embedders: new EmbedderPool(modelsDir),
    log,
    keep: options.keep ?? false,
  };
}

export async function stopBench(ctx: RealBenchContext): Promise<void> {
  await ctx.embedders.closeAll();
  await ctx.platform.stop();
  if (!ctx.keep) {
    await admin(`DROP DATABASE IF EXISTS "${ctx.dbName}" WITH (FORCE)`);
    await rm(ctx.dataDir, { recursive: true, force: true });
  }
}

export class GraphQLError extends Error {
  constructor(public errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export async function gql<T>(ctx: RealBenchContext, query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${ctx.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: GraphQLError['errors'] };
  if (json.errors?.length) throw new GraphQLError(json.errors);
  return json.data as T;
}

export async function upload(ctx: RealBenchContext, file: string, purpose: 'catalog' | 'search') {
  const res = await fetch(
    `${ctx.base}/uploads?purpose=${purpose}&filename=${encodeURIComponent(path.basename(file))}`,
    { method: 'POST', headers: { authorization: `Bearer ${ctx.secret}` }, body: await readFile(file) },
  );
  if (!res.ok) throw new Error(`POST /uploads ${path.basename(file)}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

const progress = (done: number, total: number, startedMs: number) => {
  const el = (performance.now() - startedMs) / 1000;
  const eta = done > 0 ? (el / done) * (total - done) : NaN;
  return `${done}/${total}, ${el.toFixed(0)} s elapsed${Number.isFinite(eta) ? `, ETA ${eta.toFixed(0)} s` : ''}`;
};

/**
 * Ingests recordings through the API: a track each (title = file name, synthetic ZZ ISRC, the
 * marker tag), its audio uploaded and attached, the jobs polled until DONE or FAILED.
 */
export async function ingestRecordings(ctx: RealBenchContext, recordings: Recording[]): Promise<void> {
  const t0 = performance.now();
  const mine: BenchTrack[] = [];
  for (const [i, rec] of recordings.entries()) {
    if (ctx.tracks.has(rec.key)) continue;
    const { createTrack } = await gql<{ createTrack: { id: string } }>(
      ctx,
      'mutation($input: CreateTrackInput!) { createTrack(input: $input) { id } }',
      {
        input: {
          isrc: syntheticIsrc(`bench-real:${rec.key}`),
          title: path.basename(rec.file).replace(/\.[^.]+$/, ''),
          durationSec: Math.max(1, Math.round(rec.durationS * 10) / 10),
          tags: [{ name: MARKER_TAG, category: 'THEME' }],
        },
      },
    );
    const uploadId = await upload(ctx, rec.file, 'catalog');
    const { attachTrackAudio } = await gql<{
      attachTrackAudio: { id: string; status: BenchTrack['status'] };
    }>(ctx, 'mutation($t: ID!, $u: ID!) { attachTrackAudio(trackId: $t, uploadId: $u) { id status } }', {
      t: createTrack.id,
      u: uploadId,
    });
    const track: BenchTrack = {
      key: rec.key,
      id: createTrack.id,
      dbId: fromGlobalId(createTrack.id, 'Track', 'id'),
      soundtrack: rec.soundtrack,
      split: rec.split,
      jobId: attachTrackAudio.id,
      status: attachTrackAudio.status,
    };
    ctx.tracks.set(rec.key, track);
    mine.push(track);
    if ((i + 1) % 25 === 0 || i + 1 === recordings.length)
      ctx.log(`uploaded ${progress(i + 1, recordings.length, t0)}`);
  }
  const t1 = performance.now();
  let lastLog = 0;
  for (;;) {
    const pending = mine.filter((t) => t.status === 'QUEUED' || t.status === 'PROCESSING');
    for (let i = 0; i < pending.length; i += 20) {
      const batch = pending.slice(i, i + 20);
      const q = `{ ${batch.map((t, j) => `j${j}: ingestJob(id: ${JSON.stringify(t.jobId)}) { status reason }`).join(' ')} }`;
      const data = await gql<Record<string, { status: BenchTrack['status']; reason: string | null }>>(ctx, q);
      batch.forEach((t, j) => {
        t.status = data[`j${j}`]!.status;
        t.reason = data[`j${j}`]!.reason;
      });
    }
    const done = mine.filter((t) => t.status === 'DONE' || t.status === 'FAILED').length;
    const failed = mine.filter((t) => t.status === 'FAILED');
    if (done === mine.length || performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      ctx.log(`ingest ${progress(done, mine.length, t1)}${failed.length ? `, ${failed.length} failed` : ''}`);
    }
    if (done === mine.length) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (const t of mine.filter((x) => x.status === 'FAILED')) {
    ctx.log(`left out ${t.key}: ${t.reason}`);
    ctx.notes.push(`ingest FAILED, left out: ${t.key}: ${t.reason}`);
  }
}

/** Tracks that ingested (DONE). */
export const doneTracks = (ctx: RealBenchContext) =>
  [...ctx.tracks.values()].filter((t) => t.status === 'DONE');

/** Makes the excerpts of every ingested test recording (cached under the bench data dir). */
export async function prepareExcerpts(ctx: RealBenchContext, perRecording: number, seed = 1): Promise<void> {
  const tests = doneTracks(ctx).filter((t) => t.split === 'test');
  const byKey = new Map(ctx.corpus.recordings.map((r) => [r.key, r]));
  const t0 = performance.now();
  let n = 0;
  for (const t of tests)
    for (let i = 0; i < perRecording; i++) {
      ctx.excerpts.push(
        await makeExcerpt(byKey.get(t.key)!, i, { dir: path.join(benchDataDir(), 'excerpts'), seed }),
      );
      n += 1;
      if (n % 10 === 0 || n === tests.length * perRecording)
        ctx.log(`excerpts ${progress(n, tests.length * perRecording, t0)}`);
    }
}

/** The demo catalog's held-out tracks (the same hash split, on `demo:<ISRC>`) and their tag text. */
export async function prepareDemoQueries(ctx: RealBenchContext): Promise<void> {
  const out: DemoQuery[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      tracks: {
        edges: Array<{ node: { id: string; isrc: string; title: string; tags: Array<{ name: string }> } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await gql(
      ctx,
      `query($after: String) { tracks(first: 100, after: $after, filter: { tags: { none: [${JSON.stringify(MARKER_TAG)}] }, status: [ACTIVE] }) {
        edges { node { id isrc title tags { name } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    for (const { node } of data.tracks.edges)
      if (splitOf(`demo:${node.isrc}`) === 'test' && node.tags.length)
        out.push({ trackId: node.id, title: node.title, text: node.tags.map((t) => t.name).join(' ') });
    if (!data.tracks.pageInfo.hasNextPage) break;
    after = data.tracks.pageInfo.endCursor;
  }
  ctx.demoQueries = out;
  ctx.log(`text-to-music: ${out.length} held-out demo tracks`);
}

/**
 * Puts every track of a split (real recordings, and the demo's held-out tracks with `demo`) in a
 * status, through updateTrack: e.g. HIDDEN while a model trains, so that training cannot see the
 * test recordings, then ACTIVE again before measuring. (Whether training reads HIDDEN tracks is
 * the training code's rule: check TrainingRun.leftOut.)
 */
export async function setSplitStatus(
  ctx: RealBenchContext,
  split: Split,
  status: 'ACTIVE' | 'HIDDEN' | 'TAKEN_DOWN',
  options: { demo?: boolean } = {},
): Promise<void> {
  const ids = doneTracks(ctx)
    .filter((t) => t.split === split)
    .map((t) => t.id);
  if (options.demo && split === 'test') ids.push(...ctx.demoQueries.map((q) => q.trackId));
  for (const id of ids)
    await gql(
      ctx,
      'mutation($id: ID!, $s: TrackStatus!) { updateTrack(id: $id, input: { status: $s }) { id } }',
      {
        id,
        s: status,
      },
    );
}

function dequantised(row: {
  data: Uint8Array;
  dtype: string;
  quantMin: number | null;
  quantMax: number | null;
  frames: number;
  dim: number;
}) {
  if (row.dtype === 'UINT8')
    return dequantizeYt8m(
      new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
      row.quantMin ?? undefined,
      row.quantMax ?? undefined,
    );
  const copy = new Uint8Array(row.data);
  return new Float32Array(copy.buffer, 0, row.frames * row.dim);
}

/**
 * The baseline: no model. Each track's stored per-second features (dequantised) pooled as
 * mean ⊕ std over seconds, standardised per dimension over the catalog, ranked by cosine; an
 * excerpt's features come from the product's extractAudio, pooled and standardised the same way.
 * Text-to-music has no model-free form here (no text tower): not measured for the baseline.
 */
export async function measureBaseline(ctx: RealBenchContext, label = 'baseline: pooled features, no model') {
  const prisma = ctx.platform.db.database.prisma;
  const tracks = doneTracks(ctx);
  const byDb = new Map(tracks.map((t) => [t.dbId, t]));
  const rows = await prisma.mediaFeature.findMany({
    where: { trackId: { in: [...byDb.keys()] }, kind: 'AUDIO' },
  });
  const pooled = new Map<string, Float32Array>();
  for (const r of rows) pooled.set(byDb.get(r.trackId!)!.key, poolMeanStd(dequantised(r), r.frames, r.dim));
  const standardise = fitStandardiser([...pooled.values()]);
  const catalog = new Map([...pooled].map(([k, v]) => [k, standardise(v)]));
  const ranks: Array<{ unit: string; rank: number }> = [];
  for (const ex of ctx.excerpts) {
    const { features } = await extractAudio(ex.file);
    const q = standardise(poolMeanStd(dequantizeYt8m(features.data), features.frames, features.dim));
    ranks.push({ unit: ex.recordingKey, rank: rankOf(rankByCosine(q, catalog), ex.recordingKey) });
  }
  const soundtrackOf = new Map(tracks.map((t) => [t.key, t.soundtrack]));
  const p10 = tracks
    .filter((t) => t.split === 'test' && catalog.has(t.key))
    .map((t) => {
      const ranked = rankByCosine(catalog.get(t.key)!, catalog, new Set([t.key]));
      return precisionAt(ranked, 10, (k) => soundtrackOf.get(k) === t.soundtrack);
    });
  addRows(ctx, label, ranks, p10, null, 'in-process (no model: nothing to ask the API)');

  // The same features under musicLikeUpload's matcher: each 5 s window pooled (mean ⊕ spread),
  // standardised over the catalog's windows, aligned window matching (src/ml/objectives/track-windows.ts).
  const windowPool = (seq: { frames: number; dim: number; data: Float32Array }) =>
    trackWindows({ frames: seq.frames, dim: seq.dim, dtype: 'float32', data: seq.data }).map((w) =>
      poolMeanStd(w.seq.data as Float32Array, w.seq.frames, w.seq.dim),
    );
  const catalogWindows = new Map(
    rows.map((r) => [
      byDb.get(r.trackId!)!.key,
      windowPool({ frames: r.frames, dim: r.dim, data: dequantised(r) }),
    ]),
  );
  const standardiseWindow = fitStandardiser([...catalogWindows.values()].flat());
  const unit = (v: Float32Array) => {
    const z = standardiseWindow(v);
    const n = Math.hypot(...z) || 1;
    return z.map((x) => x / n);
  };
  const catalogUnits = new Map([...catalogWindows].map(([k, ws]) => [k, ws.map(unit)]));
  const windowRanks: Array<{ unit: string; rank: number }> = [];
  for (const ex of ctx.excerpts) {
    const { features } = await extractAudio(ex.file);
    const data = dequantizeYt8m(features.data);
    const clip = clipWindows({ frames: features.frames, dim: features.dim, dtype: 'float32', data }).map(
      (w) => unit(poolMeanStd(w.data as Float32Array, w.frames, w.dim)),
    );
    const scores = new Map([...catalogUnits].map(([k, ws]) => [k, alignedWindowScore(clip, ws).score]));
    const own = scores.get(ex.recordingKey) ?? -Infinity;
    windowRanks.push({
      unit: ex.recordingKey,
      rank: 1 + [...scores].filter(([k, v]) => k !== ex.recordingKey && v > own).length,
    });
  }
  addRows(
    ctx,
    `${label}, aligned 5 s windows`,
    windowRanks,
    [],
    null,
    'in-process, the matcher musicLikeUpload uses',
  );
}

function addRows(
  ctx: RealBenchContext,
  label: string,
  ranks: Array<{ unit: string; rank: number }>,
  p10: number[],
  text: number[] | null,
  note?: string,
) {
  const at = (k: number) => perUnit(ranks.map((r) => ({ unit: r.unit, score: r.rank <= k ? 1 : 0 })));
  const add = (metric: string, scores: number[], n?: string) => {
    if (scores.length === 0) return;
    const r = row(label, metric, scores, n);
    ctx.rows.push(r);
    ctx.log(
      `${label} · ${metric}: ${r.value.toFixed(3)} [${r.ci[0].toFixed(3)}, ${r.ci[1].toFixed(3)}] (n=${r.n})`,
    );
  };
  add(METRICS.excerptR1, at(1), note);
  add(METRICS.excerptR10, at(10), note);
  if (new Set(doneTracks(ctx).map((t) => t.soundtrack)).size > 1) add(METRICS.soundtrackP10, p10);
  if (text) add(METRICS.textR10, text);
}

const SEARCH_FIELDS = 'modelVersion { version } edges { node { id } }';

/**
 * Measures the ACTIVE model through the API: excerpts by `musicLikeUpload` (a search upload of
 * the MP3, restricted to the real recordings), `similarTracks` of each test recording, and
 * text-to-music on the demo catalog by `musicForVideo(video: { text })`. If the API has no
 * `musicLikeUpload` (or it fails), the excerpt search runs in-process with the same model
 * (extractAudio, the model's music tower, cosine over the stored embeddings) and the rows say so.
 * Call it once per model: activate a version (activateModel), then measureActiveModel(ctx, label).
 */
export async function measureActiveModel(ctx: RealBenchContext, label?: string): Promise<void> {
  const { activeModel } = await gql<{ activeModel: { id: string; version: string } | null }>(
    ctx,
    '{ activeModel { id version } }',
  );
  if (!activeModel) throw new Error('no ACTIVE model version');
  const name = label ?? `model ${activeModel.version}`;
  const tracks = doneTracks(ctx);
  const keyOf = new Map(tracks.map((t) => [t.id, t.key]));
  const realFilter = { tags: { any: [MARKER_TAG] } };
  const ranks: Array<{ unit: string; rank: number }> = [];
  let fallback: string | null = null;
  const t0 = performance.now();
  for (const [i, ex] of ctx.excerpts.entries()) {
    let ranked: string[] | null = null;
    if (!fallback) {
      try {
        const uploadId = await upload(ctx, ex.file, 'search');
        const data = await gql<{ musicLikeUpload: { edges: Array<{ node: { id: string } }> } }>(
          ctx,
          `query($u: ID!, $f: TrackFilter) { musicLikeUpload(uploadId: $u, filter: $f, first: 10) { ${SEARCH_FIELDS} } }`,
          { u: uploadId, f: realFilter },
        );
        ranked = data.musicLikeUpload.edges.map((e) => keyOf.get(e.node.id) ?? e.node.id);
      } catch (error) {
        fallback = (error as Error).message;
        ctx.log(`musicLikeUpload failed (${fallback}); excerpts searched in-process instead`);
      }
    }
    if (!ranked) ranked = await inProcessMusicLike(ctx, activeModel.id, ex.file);
    ranks.push({ unit: ex.recordingKey, rank: rankOf(ranked, ex.recordingKey) });
    if ((i + 1) % 10 === 0 || i + 1 === ctx.excerpts.length)
      ctx.log(`${name} excerpts ${progress(i + 1, ctx.excerpts.length, t0)}`);
  }
  const soundtrackOf = new Map(tracks.map((t) => [t.key, t.soundtrack]));
  const p10: number[] = [];
  for (const t of tracks.filter((x) => x.split === 'test')) {
    const data = await gql<{ similarTracks: { edges: Array<{ node: { id: string } }> } }>(
      ctx,
      `query($t: [ID!]!, $f: TrackFilter) { similarTracks(trackIds: $t, filter: $f, first: 10) { ${SEARCH_FIELDS} } }`,
      { t: [t.id], f: realFilter },
    );
    const ranked = data.similarTracks.edges.map((e) => keyOf.get(e.node.id) ?? e.node.id);
    p10.push(precisionAt(ranked, 10, (k) => soundtrackOf.get(k) === t.soundtrack));
  }
  let text: number[] | null = [];
  try {
    // A model trained on real audio embeds none of the demo's synthetic tracks (front end
    // synthetic@1): there is nothing for it to find there.
    const { activeModel } = await gql<{ activeModel: { audioFrontEnd: string | null } }>(
      ctx,
      '{ activeModel { audioFrontEnd } }',
    );
    if (activeModel.audioFrontEnd && activeModel.audioFrontEnd !== 'synthetic@1')
      throw new Error(`the model reads ${activeModel.audioFrontEnd} only; the demo catalog is synthetic@1`);
    for (const q of ctx.demoQueries) {
      const data = await gql<{ musicForVideo: { edges: Array<{ node: { id: string } }> } }>(
        ctx,
        `query($title: String!, $f: TrackFilter) { musicForVideo(video: { text: { title: $title } }, filter: $f, first: 10) { ${SEARCH_FIELDS} } }`,
        { title: q.text, f: { tags: { none: [MARKER_TAG] } } },
      );
      text.push(data.musicForVideo.edges.some((e) => e.node.id === q.trackId) ? 1 : 0);
    }
  } catch (error) {
    ctx.notes.push(`${name}: text-to-music not measured: ${(error as Error).message}`);
    text = null;
  }
  addRows(
    ctx,
    name,
    ranks,
    p10,
    text,
    fallback ? `musicLikeUpload unavailable (${fallback.slice(0, 120)}): searched in-process` : undefined,
  );
}

/** musicLikeUpload's equivalent in-process: the same extraction and music tower, exact cosine. */
async function inProcessMusicLike(ctx: RealBenchContext, versionId: string, file: string): Promise<string[]> {
  const prisma = ctx.platform.db.database.prisma;
  const version = await prisma.modelVersion.findUniqueOrThrow({
    where: { id: fromGlobalId(versionId, 'ModelVersion', 'id') },
  });
  const embedder = await ctx.embedders.get(version);
  const { features } = await extractAudio(file);
  const [q] = await embedder.embedMusic([
    { frames: features.frames, dim: features.dim, dtype: 'uint8', data: features.data },
  ]);
  const tracks = doneTracks(ctx);
  const vectors = await embeddingsOf(
    prisma,
    version.id,
    tracks.map((t) => t.dbId),
  );
  const keyOfDb = new Map(tracks.map((t) => [t.dbId, t.key]));
  const catalog = new Map([...vectors].map(([id, v]) => [keyOfDb.get(id)!, v]));
  return rankByCosine(q!, catalog);
}

/**
 * Trains a model through the product (startTraining, the inline worker) with the test recordings
 * taken down, so that no window of a test recording trains it (training reads every track but
 * takedowns), then puts them back and activates the new model (force: the comparison is printed,
 * not a gate here). Returns the run's chosen λ and its validation comparison.
 */
export async function trainAndActivate(
  ctx: RealBenchContext,
  label: string,
  input: Record<string, unknown>,
): Promise<{ lambda: number | null; comparison: unknown; leftOut: unknown }> {
  await setSplitStatus(ctx, 'test', 'TAKEN_DOWN');
  const started = performance.now();
  const { startTraining } = await gql<{ startTraining: { id: string } }>(
    ctx,
    'mutation ($i: TrainingInput!) { startTraining(input: $i) { id } }',
    { i: input },
  );
  type Run = {
    status: string;
    error: string | null;
    epoch: number;
    settings: { lambda: number; chosen: boolean }[] | null;
    comparison: unknown;
    leftOut: { message: string }[];
    modelVersion: { id: string; version: string } | null;
  };
  let run: Run;
  for (;;) {
    ({ trainingRun: run } = await gql<{ trainingRun: Run }>(
      ctx,
      `query ($id: ID!) { trainingRun(id: $id) { status error epoch settings { lambda chosen }
        comparison { metric pairs better newModel { value low high } activeModel { value low high } }
        leftOut { message } modelVersion { id version } } }`,
      { id: startTraining.id },
    ));
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) break;
    ctx.log(
      `${label}: ${run.status}, epoch ${run.epoch}, ${Math.round((performance.now() - started) / 1000)} s`,
    );
    await new Promise((r) => setTimeout(r, 5000));
  }
  await setSplitStatus(ctx, 'test', 'ACTIVE');
  if (run.status !== 'SUCCEEDED') throw new Error(`${label}: training ${run.status}: ${run.error}`);
  await gql(ctx, 'mutation ($id: ID!) { activateModel(id: $id, force: true) { version } }', {
    id: run.modelVersion!.id,
  });
  const lambda =
    run.settings?.find((x) => x.chosen)?.lambda ?? (input.lambdaMusic as number | undefined) ?? null;
  ctx.log(
    `${label}: ${run.modelVersion!.version} active after ${Math.round((performance.now() - started) / 1000)} s; λ ${lambda}; left out: ${run.leftOut.map((x) => x.message).join('; ') || 'nothing'}`,
  );
  return { lambda, comparison: run.comparison, leftOut: run.leftOut };
}
