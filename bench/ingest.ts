/**
 * bench:ingest — media ingest end to end, written to bench/results/ingest.json:
 *  1. audio: every track of Debian's wesnoth-1.16-music (scripts/setup-media.sh installs it)
 *     ingested as `npm run ingest` does (decode, front end, analysis, embedding, one transaction
 *     per file), two files at a time; throughput in seconds of audio per second per core;
 *  2. video: a 30 s video made by ffmpeg (testsrc, a sine tone, a drawn title) searched by upload
 *     over HTTP (POST /uploads, then musicForVideo(video: { uploadId })), median of 3, with the
 *     split between decoding, frame features, OCR and search, and each extractor's frames/s.
 * Runs on a scratch database on the local PostgreSQL (BENCH_ADMIN_URL, default the one
 * scripts/setup-postgres.sh prepares), dropped at the end.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createApiKey } from '../src/auth/api-keys.js';
import { loadConfig } from '../src/config.js';
import { ingestAudioFiles } from '../src/media/ingest/ingest-files.js';
import { extractVideo } from '../src/media/video/index.js';
import { EmbedderPool } from '../src/models/embedders.js';
import { startPlatform } from '../src/server.js';
import { median } from './ml/stats.js';

const run = promisify(execFile);
const CORPUS = process.env.BENCH_INGEST_DIR ?? '/usr/share/games/wesnoth/1.16/data/core/music';
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const CONCURRENCY = Number(process.env.BENCH_INGEST_CONCURRENCY ?? Math.min(2, availableParallelism()));
const VIDEO_SECONDS = 30;
const cores = availableParallelism();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const dbName = `vmr_bench_ingest_${Date.now()}`;
await admin(`CREATE DATABASE "${dbName}"`);
const url = new URL(ADMIN_URL);
url.pathname = `/${dbName}`;
const dataDir = await mkdtemp(path.join(tmpdir(), 'vmr-bench-ingest-'));
const config = loadConfig();
const platform = await startPlatform(
  { ...config, databaseUrl: url.toString(), port: 0, dataDir },
  { seedDemo: false, log: () => {} },
);
const prisma = platform.db.database.prisma;
const embedders = new EmbedderPool(config.modelsDir);
try {
  // 1. The audio corpus.
  const files = (await readdir(CORPUS))
    .filter((f) => /\.(ogg|mp3|flac|wav|m4a|opus)$/.test(f))
    .sort()
    .map((f) => path.join(CORPUS, f));
  const t0 = performance.now();
  const results = await ingestAudioFiles(
    { db: prisma, embedders, dataDir, maxSeconds: config.uploads.maxSeconds },
    files,
    { concurrency: CONCURRENCY },
  );
  const wallS = (performance.now() - t0) / 1000;
  const ok = results.filter((r) => r.status !== 'failed');
  const audioS = ok.reduce((s, r) => s + (r.durationS ?? 0), 0);
  const stage = (k: 'decodeMs' | 'featuresMs' | 'analysisMs' | 'embedMs') =>
    ok.reduce((s, r) => s + (r.timings?.[k] ?? 0), 0) / 1000;
  const coresUsed = Math.min(CONCURRENCY, cores);
  const audio = {
    corpus: CORPUS,
    files: files.length,
    ingested: ok.length,
    failed: results
      .filter((r) => r.status === 'failed')
      .map((r) => ({ file: path.basename(r.file), reason: r.reason })),
    audioSeconds: Number(audioS.toFixed(1)),
    wallSeconds: Number(wallS.toFixed(2)),
    concurrency: CONCURRENCY,
    coresUsed,
    audioSecondsPerSecond: Number((audioS / wallS).toFixed(1)),
    audioSecondsPerSecondPerCore: Number((audioS / wallS / coresUsed).toFixed(1)),
    stageSecondsSummed: {
      decode: Number(stage('decodeMs').toFixed(2)),
      features: Number(stage('featuresMs').toFixed(2)),
      analysis: Number(stage('analysisMs').toFixed(2)),
      embed: Number(stage('embedMs').toFixed(2)),
    },
  };
  console.log(JSON.stringify({ audio }, null, 2));

  // 2. A 30 s video searched by upload, end to end over HTTP.
  const video = path.join(dataDir, 'bench.mp4');
  await run('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=duration=${VIDEO_SECONDS}:size=640x360:rate=25`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${VIDEO_SECONDS}`],
    ...[
      '-vf',
      "drawtext=text='Sunset Drive':fontcolor=white:fontsize=48:box=1:boxcolor=black:x=(w-text_w)/2:y=(h-text_h)/2",
    ],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', video],
  ]);
  const bytes = await readFile(video);
  const { secret } = await createApiKey(prisma, 'bench viewer', 'VIEWER');
  const base = `http://127.0.0.1:${platform.port}`;
  const runs: Array<{ uploadS: number; searchS: number; totalS: number; edges: number }> = [];
  let videoError: string | null = null;
  for (let i = 0; i < 3 && !videoError; i += 1) {
    const a = performance.now();
    const up = await fetch(`${base}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: bytes,
    });
    const { id } = (await up.json()) as { id: string };
    const b = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query:
          'query($id: ID!) { musicForVideo(video: { uploadId: $id }, first: 10) { edges { node { id } } } }',
        variables: { id },
      }),
    });
    const json = (await res.json()) as { data?: { musicForVideo: { edges: unknown[] } }; errors?: unknown[] };
    const c = performance.now();
    if (json.errors) videoError = JSON.stringify(json.errors);
    else
      runs.push({
        uploadS: (b - a) / 1000,
        searchS: (c - b) / 1000,
        totalS: (c - a) / 1000,
        edges: json.data!.musicForVideo.edges.length,
      });
  }
  // The split, from the extractor itself on the same file (OCR off, as the server runs it, and on).
  const split = async (ocr: boolean) => {
    const x = await extractVideo(video, { ocr });
    return { ms: x.timings, framesPerSecond: x.framesPerSecond, onScreenText: x.onScreenText };
  };
  const extraction = videoError
    ? null
    : { ocrOff: await split(false), ocrOn: await split(true).catch((e: Error) => ({ error: e.message })) };
  const endToEndS = runs.length ? median(runs.map((r) => r.totalS)) : null;
  const ocrOff = extraction?.ocrOff;
  // The parts overlap (audio and OCR run beside the frames), so the extraction's wall clock counts.
  const extractS = ocrOff ? ocrOff.ms.totalMs / 1000 : null;
  const videoResult = {
    seconds: VIDEO_SECONDS,
    bytes: bytes.length,
    error: videoError,
    runs,
    endToEndSecondsMedian: endToEndS,
    withinTenSeconds: endToEndS !== null ? endToEndS <= 10 : null,
    splitSeconds: ocrOff
      ? {
          upload: Number(median(runs.map((r) => r.uploadS)).toFixed(3)),
          decode: Number((ocrOff.ms.decodeMs / 1000).toFixed(3)),
          frameFeatures: Number((ocrOff.ms.framesMs / 1000).toFixed(3)),
          audioFeatures: Number((ocrOff.ms.audioMs / 1000).toFixed(3)),
          ocr: Number((ocrOff.ms.ocrMs / 1000).toFixed(3)),
          // What the GraphQL call spent beyond extracting: embedding the query and the vector search.
          extractionWall: Number(extractS!.toFixed(3)),
          // Beyond extracting (same file, a separate run): embedding the query, the vector search.
          search: Number((median(runs.map((r) => r.searchS)) - extractS!).toFixed(3)),
        }
      : null,
    extraction,
  };
  console.log(JSON.stringify({ video: videoResult }, null, 2));
  const result = {
    audio,
    video: videoResult,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() },
    date: new Date().toISOString(),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/ingest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/results/ingest.json');
} finally {
  await embedders.closeAll();
  await platform.stop();
  await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await rm(dataDir, { recursive: true, force: true });
}
