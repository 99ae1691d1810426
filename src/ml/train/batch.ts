import * as ort from 'onnxruntime-node';
import { fillSampledFrames, meanPoolInto } from '../features/fill-frames.js';
import { globalSparseIndices } from '../features/global-sparse.js';
import { HashedNgramFeaturizer } from '../features/text-hashing.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import { VIDEO_FLAGS, videoFrameDim } from '../model/config.js';
import type { ModelConfig } from '../model/config.js';
import type { VideoInput } from '../data/dataset.js';
import type { Rng } from '../util/rng.js';

/** Which modalities of a video to feed (modality dropout turns some off). */
export interface VideoKeep {
  visual: boolean;
  text: boolean;
}

/**
 * Preallocated input tensors for N videos: frames [N,S,1024+128], mask [N,S],
 * flags [N,3] and the text bag [N,L]. Tensors wrap the Float32Arrays, so filling
 * a batch never allocates.
 */
export class VideoBatch {
  readonly frames: Float32Array;
  readonly mask: Float32Array;
  readonly flags: Float32Array;
  readonly textIds: BigInt64Array;
  readonly textWeights: Float32Array;
  readonly featurizer: HashedNgramFeaturizer;
  /** The dense text bag of trainingTensors(), allocated on first use. */
  private bag: Float32Array | undefined;

  constructor(
    readonly c: ModelConfig,
    readonly n: number,
  ) {
    const S = c.segments;
    this.frames = new Float32Array(n * S * videoFrameDim(c));
    this.mask = new Float32Array(n * S);
    this.flags = new Float32Array(n * VIDEO_FLAGS);
    this.textIds = new BigInt64Array(n * c.maxTextTokens);
    this.textWeights = new Float32Array(n * c.maxTextTokens);
    this.featurizer = new HashedNgramFeaturizer(c.textBuckets, c.maxTextTokens);
  }

  /** Fills row i; rng → random frame per segment (training), none → segment centres (inference). */
  set(i: number, v: VideoInput, keep: VideoKeep, rng?: Rng): void {
    const c = this.c;
    const S = c.segments;
    const F = videoFrameDim(c);
    const base = i * S * F;
    this.frames.fill(0, base, base + S * F);
    this.mask.fill(0, i * S, (i + 1) * S);
    const visual = keep.visual ? v.visual : undefined;
    const audio = keep.visual ? v.audio : undefined;
    // The audio track follows the visual timeline; without visual it is sampled on its own.
    const timeline = visual ?? audio;
    if (timeline) {
      const idx = globalSparseIndices(timeline.frames, S, rng);
      if (visual) fillSampledFrames(visual, idx, this.frames, base, F, 0, this.mask, i * S);
      if (audio)
        fillSampledFrames(
          audio,
          clampIndices(idx, audio.frames),
          this.frames,
          base,
          F,
          c.visualDim,
          this.mask,
          i * S,
        );
    }
    const hasText =
      c.useText && keep.text ? this.featurizer.featurize(v.text, this.textIds, this.textWeights, i) : false;
    if (!hasText) {
      this.textIds.fill(0n, i * c.maxTextTokens, (i + 1) * c.maxTextTokens);
      this.textWeights.fill(0, i * c.maxTextTokens, (i + 1) * c.maxTextTokens);
    }
    this.flags.set([visual ? 1 : 0, audio ? 1 : 0, hasText ? 1 : 0], i * VIDEO_FLAGS);
  }

  tensors(prefix: string, rows = this.n): Record<string, ort.Tensor> {
    const c = this.c;
    const S = c.segments;
    const F = videoFrameDim(c);
    const out: Record<string, ort.Tensor> = {
      [`${prefix}frames`]: new ort.Tensor('float32', this.frames.subarray(0, rows * S * F), [rows, S, F]),
      [`${prefix}mask`]: new ort.Tensor('float32', this.mask.subarray(0, rows * S), [rows, S]),
      [`${prefix}flags`]: new ort.Tensor('float32', this.flags.subarray(0, rows * VIDEO_FLAGS), [
        rows,
        VIDEO_FLAGS,
      ]),
    };
    if (c.useText) {
      const L = c.maxTextTokens;
      out[`${prefix}text_ids`] = new ort.Tensor('int64', this.textIds.subarray(0, rows * L), [rows, L]);
      out[`${prefix}text_weights`] = new ort.Tensor('float32', this.textWeights.subarray(0, rows * L), [
        rows,
        L,
      ]);
    }
    return out;
  }

  /** The training graph's inputs: as tensors(), with the text as the dense `text_bag` [rows, textBuckets]. */
  trainingTensors(prefix: string, rows = this.n): Record<string, ort.Tensor> {
    const out = this.tensors(prefix, rows);
    if (!this.c.useText) return out;
    delete out[`${prefix}text_ids`];
    delete out[`${prefix}text_weights`];
    const buckets = this.c.textBuckets;
    this.bag ??= new Float32Array(this.n * buckets);
    denseTextBag(this.textIds, this.textWeights, rows, this.c.maxTextTokens, buckets, this.bag);
    out[`${prefix}text_bag`] = new ort.Tensor('float32', this.bag.subarray(0, rows * buckets), [
      rows,
      buckets,
    ]);
    return out;
  }
}

/**
 * One epoch's batches as [start, end) ranges over a shuffled order of n pairs: ceil(n / B)
 * batches whose sizes differ by at most one, so every pair is used in every epoch and no batch
 * is smaller than B / 2 (floor(n / B) full batches dropped the remainder: 87 of 215 pairs at B 128).
 */
export function batchBounds(n: number, batchSize: number): [number, number][] {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`batchBounds: n must be a positive integer, got ${n}`);
  const steps = Math.ceil(n / Math.min(batchSize, n));
  const at = (s: number) => Math.floor((s * n) / steps);
  return Array.from({ length: steps }, (_, s) => [at(s), at(s + 1)]);
}

/**
 * The training graph's form of the text bag (towers.ts, `textBag`): bag[i, id] = Σ_k weights[i, k]
 * over the k with ids[i, k] = id, for `rows` videos of `tokens` ids each, into `out` [rows, buckets].
 */
export function denseTextBag(
  ids: BigInt64Array,
  weights: ArrayLike<number>,
  rows: number,
  tokens: number,
  buckets: number,
  out: Float32Array | Float64Array = new Float32Array(rows * buckets),
): Float32Array | Float64Array {
  out.fill(0, 0, rows * buckets);
  for (let i = 0; i < rows * tokens; i++) {
    const w = weights[i]!;
    if (w !== 0) out[Math.floor(i / tokens) * buckets + Number(ids[i]!)]! += w;
  }
  return out;
}

function clampIndices(idx: Int32Array, frames: number): Int32Array {
  return idx.map((t) => (t < 0 ? -1 : Math.min(t, frames - 1)));
}

/** Preallocated music inputs: frames [N,S,128], mask [N,S]. */
export class MusicBatch {
  readonly frames: Float32Array;
  readonly mask: Float32Array;

  constructor(
    readonly c: ModelConfig,
    readonly n: number,
  ) {
    this.frames = new Float32Array(n * c.segments * c.musicDim);
    this.mask = new Float32Array(n * c.segments);
  }

  set(i: number, seq: FeatureSequence, rng?: Rng): void {
    const S = this.c.segments;
    this.mask.fill(0, i * S, (i + 1) * S);
    fillSampledFrames(
      seq,
      globalSparseIndices(seq.frames, S, rng),
      this.frames,
      i * S * this.c.musicDim,
      this.c.musicDim,
      0,
      this.mask,
      i * S,
    );
  }

  tensors(prefix: string, rows = this.n): Record<string, ort.Tensor> {
    const S = this.c.segments;
    const D = this.c.musicDim;
    return {
      [`${prefix}frames`]: new ort.Tensor('float32', this.frames.subarray(0, rows * S * D), [rows, S, D]),
      [`${prefix}mask`]: new ort.Tensor('float32', this.mask.subarray(0, rows * S), [rows, S]),
    };
  }
}

/** Pooled (mean over all frames) encoder inputs, the X_in of the II intra term. Video: visual ⊕ audio (0 if absent). */
export function pooledInputs(
  c: ModelConfig,
  videos: VideoInput[],
  tracks: { audio: FeatureSequence }[],
): { video: Float32Array; music: Float32Array } {
  const F = videoFrameDim(c);
  const video = new Float32Array(videos.length * F);
  videos.forEach((v, i) => {
    if (v.visual) meanPoolInto(v.visual, video, i * F);
    if (v.audio) meanPoolInto(v.audio, video, i * F + c.visualDim);
  });
  const music = new Float32Array(tracks.length * c.musicDim);
  tracks.forEach((t, i) => meanPoolInto(t.audio, music, i * c.musicDim));
  return { video, music };
}
