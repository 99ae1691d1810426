import { indexDataset } from '../../src/ml/data/dataset.js';
import type { TrainingDataset } from '../../src/ml/data/dataset.js';
import { splitQueries } from '../../src/ml/eval/evaluate.js';
import { retrievalMetrics } from '../../src/ml/eval/metrics.js';
import type { RetrievalMetrics } from '../../src/ml/eval/metrics.js';
import { videoFrameDim } from '../../src/ml/model/config.js';
import type { ModelConfig } from '../../src/ml/model/config.js';
import { pooledInputs } from '../../src/ml/train/batch.js';
import { Rng } from '../../src/ml/util/rng.js';

function project(x: Float32Array, inDim: number, w: Float32Array, outDim: number): Float32Array {
  const n = x.length / inDim;
  const out = new Float32Array(n * outDim);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < inDim; k++) {
      const v = x[i * inDim + k]!;
      if (v === 0) continue;
      for (let o = 0; o < outDim; o++) out[i * outDim + o]! += v * w[k * outDim + o]!;
    }
    let s = 0;
    for (let o = 0; o < outDim; o++) s += out[i * outDim + o]! ** 2;
    const inv = 1 / Math.sqrt(s + 1e-12);
    for (let o = 0; o < outDim; o++) out[i * outDim + o]! *= inv;
  }
  return out;
}

/**
 * Non-learned baseline: mean-pool each side's input features over all frames,
 * project with a fixed Gaussian matrix to D dims, and rank by cosine. It ranks the same
 * candidates as the trained models (every unique track of the split, paired or not).
 */
export function randomProjectionBaseline(
  ds: TrainingDataset,
  c: ModelConfig,
  seed: number,
): RetrievalMetrics {
  const ix = indexDataset(ds);
  const q = splitQueries(ix, 'test');
  const pooled = pooledInputs(
    c,
    q.videoRows.map((v) => ds.videos[v]!),
    q.trackRows.map((t) => ds.tracks[t]!),
  );
  const rng = new Rng(seed);
  const F = videoFrameDim(c);
  const wv = Float32Array.from({ length: F * c.dim }, () => rng.normal());
  const wm = Float32Array.from({ length: c.musicDim * c.dim }, () => rng.normal());
  const ve = project(pooled.video, F, wv, c.dim);
  const te = project(pooled.music, c.musicDim, wm, c.dim);
  return retrievalMetrics(ve, te, c.dim, q.pairs, q.fits, { intervals: true });
}
