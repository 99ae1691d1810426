/**
 * bench:embed — music-embedding throughput through the EmbeddingService
 * (validation, Global Sparse sampling, worker-thread inference), end to end.
 * Uses models/default when present. Writes bench/results/embed.json.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { EmbeddingService } from '../src/ml/inference/embedding-service.js';
import type { FeatureSequence } from '../src/ml/features/feature-sequence.js';
import { Rng } from '../src/ml/util/rng.js';
import { median } from './ml/stats.js';

const MODEL = process.env.BENCH_MODEL ?? 'models/default';
const N = Number(process.env.BENCH_TRACKS ?? 4096);
const BATCH = Number(process.env.BENCH_EMBED_BATCH ?? 256);
const FRAMES = 180; // a 3-minute track at 1 frame/s

if (!existsSync(MODEL))
  throw new Error(`${MODEL} not found: train it first (see docs/ml.md) or set BENCH_MODEL`);
const rng = new Rng(9);
// 64 distinct uint8 tracks (the YouTube-8M storage format), reused to make N requests.
const distinct: FeatureSequence[] = Array.from({ length: 64 }, () => ({
  frames: FRAMES,
  dim: 128,
  dtype: 'uint8',
  data: Uint8Array.from({ length: FRAMES * 128 }, () => rng.int(256)),
}));
const tracks = Array.from({ length: N }, (_, i) => distinct[i % distinct.length]!);

const svc = await EmbeddingService.open(MODEL, { maxBatch: BATCH, threads: 2 });
await svc.embedMusic(tracks.slice(0, BATCH)); // warm-up
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  const out = await svc.embedMusic(tracks);
  runs.push((performance.now() - t0) / 1000);
  if (out.length !== N) throw new Error('invariant: one embedding per track');
}
await svc.close();
const seconds = median(runs);
const result = {
  tracksPerSec: N / seconds,
  secondsPerTrack: seconds / N,
  batch: BATCH,
  tracks: N,
  framesPerTrack: FRAMES,
  dtype: 'uint8',
  runs: runs.length,
  model: MODEL,
  modelVersion: svc.manifest.version,
  dim: svc.manifest.dim,
  segments: svc.manifest.sampling.segments,
  threads: 2,
  measured:
    'median wall time of EmbeddingService.embedMusic over all tracks: validation + Global Sparse sampling on the caller thread, onnxruntime in a worker thread',
  cpus: cpus().length,
  // Other processes on the machine distort timings; the 1-minute load average at the end of the run says how busy it was.
  loadAverage1m: loadavg()[0],
  generatedAt: new Date().toISOString(),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/embed.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
