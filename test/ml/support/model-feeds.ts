import * as ort from 'onnxruntime-node';
import type { ModelConfig } from '../../../src/ml/model/config.js';
import { videoFrameDim } from '../../../src/ml/model/config.js';
import { denseTextBag } from '../../../src/ml/train/batch.js';
import { Rng } from '../../../src/ml/util/rng.js';

export const TINY: ModelConfig = {
  dim: 4,
  hidden: 5,
  segments: 3,
  visualDim: 6,
  audioDim: 2,
  musicDim: 4,
  useText: true,
  textBuckets: 11,
  textDim: 3,
  maxTextTokens: 4,
  maxFrames: 100,
};

type Arr = Float32Array | Float64Array;

/**
 * Random batch inputs for the tower/training graphs, covering the awkward cases:
 * a short (partly masked) sequence, a text-only video, a video without text.
 */
export function randomBatch(c: ModelConfig, n: number, seed: number, dtype: 'float32' | 'float64') {
  const rng = new Rng(seed);
  const make = (len: number, f: () => number): Arr => {
    const a = dtype === 'float32' ? new Float32Array(len) : new Float64Array(len);
    for (let i = 0; i < len; i++) a[i] = f();
    return a;
  };
  const S = c.segments;
  const F = videoFrameDim(c);
  const vmask = make(n * S, () => 1);
  const mmask = make(n * S, () => 1);
  vmask[S - 1] = 0; // video 0 is short: its last segment is padding
  mmask[2 * S - 1] = 0;
  const flags = make(n * 3, () => 1);
  for (let s = 0; s < S; s++) vmask[S + s] = 0; // video 1 is text-only
  flags[3] = 0;
  flags[4] = 0;
  if (n > 2) flags[2 * 3 + 2] = 0; // video 2 has no text
  const L = c.maxTextTokens;
  const ids = BigInt64Array.from({ length: n * L }, () => BigInt(rng.int(c.textBuckets)));
  const tw = make(n * L, () => 1 / L);
  if (n > 2) tw.fill(0, 2 * L, 3 * L);
  const vframes = make(n * S * F, () => rng.normal());
  const mframes = make(n * S * c.musicDim, () => rng.normal());
  // Padded frames are zero, as the batch builders write them.
  for (let i = 0; i < n * S; i++) {
    if (vmask[i] === 0) vframes.fill(0, i * F, (i + 1) * F);
    if (mmask[i] === 0) mframes.fill(0, i * c.musicDim, (i + 1) * c.musicDim);
  }
  const T = (d: Arr | BigInt64Array, dims: number[]) =>
    new ort.Tensor(d instanceof BigInt64Array ? 'int64' : dtype, d, dims);
  const video = {
    frames: T(vframes, [n, S, F]),
    mask: T(vmask, [n, S]),
    flags: T(flags, [n, 3]),
    text_ids: T(ids, [n, L]),
    text_weights: T(tw, [n, L]),
  };
  // The training graph takes the same text as the dense bag (towers.ts, `textBag`).
  const trainingVideo = {
    frames: video.frames,
    mask: video.mask,
    flags: video.flags,
    text_bag: T(
      denseTextBag(
        ids,
        tw,
        n,
        L,
        c.textBuckets,
        dtype === 'float32' ? undefined : new Float64Array(n * c.textBuckets),
      ),
      [n, c.textBuckets],
    ),
  };
  const music = { frames: T(mframes, [n, S, c.musicDim]), mask: T(mmask, [n, S]) };
  const pooled = {
    video: T(
      make(n * F, () => rng.normal()),
      [n, F],
    ),
    music: T(
      make(n * c.musicDim, () => rng.normal()),
      [n, c.musicDim],
    ),
  };
  return { video, trainingVideo, music, pooled };
}

export function prefixed(prefix: string, feeds: Record<string, ort.Tensor>): Record<string, ort.Tensor> {
  return Object.fromEntries(Object.entries(feeds).map(([k, v]) => [`${prefix}${k}`, v]));
}
