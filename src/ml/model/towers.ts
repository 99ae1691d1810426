import { attr } from '../graph/graph-builder.js';
import type { GraphBuilder, Value } from '../graph/graph-builder.js';
import { concatLast, reshape } from '../graph/ops/shape.js';
import { linear } from '../graph/ops/linear.js';
import { mul, relu } from '../graph/ops/elementwise.js';
import { reduceMax, reduceSum } from '../graph/ops/reduce.js';
import { embeddingGather } from '../graph/ops/gather.js';
import { l2Normalize } from '../graph/ops/l2-normalize.js';
import { VIDEO_FLAGS, videoFrameDim } from './config.js';
import type { ModelConfig } from './config.js';

/** Resolves a parameter by name to a graph value: a trainable input while training, an initializer in exported models. */
export type ParamSource = (name: string) => Value;

export interface SequenceInputs {
  /** [N, S, F] frames after Global Sparse sampling. */
  frames: Value;
  /** [N, S] 1 for a real frame, 0 for padding (short inputs, absent modality). */
  mask: Value;
}

export interface VideoInputs extends SequenceInputs {
  /** [N, 3]: hasVisual, hasAudio, hasText. */
  flags: Value;
  /** [N, L] int64 hashed n-gram ids and [N, L] bag weights (1/count, 0 for padding): the inference form. */
  textIds?: Value;
  textWeights?: Value;
  /**
   * [N, textBuckets] the same bag as a dense row per video (bag[i, id] = Σ weights of id): the
   * training form. Its adjoint is one MatMul, which onnxruntime sums in a fixed order; the
   * sparse form's adjoint is a ScatterND with reduction=add, whose multi-threaded CPU kernel
   * adds repeated ids in a thread-dependent order, so text-on runs were not bit-reproducible.
   */
  textBag?: Value;
}

export interface TowerOutput {
  /** Encoder output before L2 normalisation (what the loss differentiates through). */
  raw: Value;
  /** The L2-normalised D-dimensional embedding. */
  embedding: Value;
}

/**
 * Frame projection, then masked mean ⊕ max pooling over the S segments:
 * h_t = ReLU(W x_t + b); mean = Σ_t m_t h_t / max(1, Σ_t m_t); max = max_t m_t h_t.
 * Because h ≥ 0, zeroing padded frames cannot change the max over real frames,
 * and an all-padding sequence (absent modality) pools to exactly 0.
 */
function framePool(
  g: GraphBuilder,
  p: ParamSource,
  prefix: string,
  x: SequenceInputs,
  frameDim: number,
  c: ModelConfig,
): Value {
  const flat = g.op('Reshape', [x.frames, g.int64([-1, frameDim])]);
  const h = relu(g, linear(g, flat, p(`${prefix}.frame.w`), p(`${prefix}.frame.b`)));
  const h3 = reshape(g, h, [-1, c.segments, c.hidden]);
  const mask3 = g.op('Unsqueeze', [x.mask, g.int64([2])]);
  const masked = mul(g, h3, mask3);
  const count = g.op('Max', [
    g.op('ReduceSum', [x.mask, g.int64([1])], { keepdims: attr.int(1) }),
    g.constant([1]),
  ]);
  const mean = mul(g, reduceSum(g, masked, [1]), g.op('Reciprocal', [count]));
  const max = reduceMax(g, masked, 1);
  return concatLast(g, [mean, max], [c.hidden, c.hidden]);
}

function head(g: GraphBuilder, p: ParamSource, prefix: string, fused: Value): TowerOutput {
  const z = relu(g, linear(g, fused, p(`${prefix}.mlp1.w`), p(`${prefix}.mlp1.b`)));
  const raw = linear(g, z, p(`${prefix}.mlp2.w`), p(`${prefix}.mlp2.b`));
  return { raw, embedding: l2Normalize(g, raw) };
}

/**
 * Hashed n-gram embedding bag: t = ReLU(W_t Σ_k w_k E[id_k] + b_t), zeroed when the video has no text.
 * This is the pluggable text branch of II-CLVTM (see text/text-encoder.ts).
 */
function textBranch(g: GraphBuilder, p: ParamSource, x: VideoInputs): Value {
  let bag: Value;
  if (x.textBag) {
    bag = linear(g, x.textBag, p('text.embedding'));
  } else {
    if (!x.textIds || !x.textWeights)
      throw new TypeError('videoTower: useText requires textBag, or textIds and textWeights inputs');
    const emb = embeddingGather(g, p('text.embedding'), x.textIds);
    bag = reduceSum(g, mul(g, emb, g.op('Unsqueeze', [x.textWeights, g.int64([2])])), [1]);
  }
  const t = relu(g, linear(g, bag, p('text.proj.w'), p('text.proj.b')));
  const hasText = g.op('Slice', [x.flags, g.int64([2]), g.int64([3]), g.int64([1])]);
  return mul(g, t, hasText);
}

/** II-CLVM video tower (II-CLVTM when c.useText): frames ⊕ audio → pool → [text] → MLP → n(·). */
export function videoTower(g: GraphBuilder, p: ParamSource, x: VideoInputs, c: ModelConfig): TowerOutput {
  const pooled = framePool(g, p, 'video', x, videoFrameDim(c), c);
  const parts = [pooled];
  const sizes = [2 * c.hidden];
  if (c.useText) {
    parts.push(textBranch(g, p, x));
    sizes.push(c.hidden);
  }
  parts.push(x.flags);
  sizes.push(VIDEO_FLAGS);
  return head(g, p, 'video', concatLast(g, parts, sizes));
}

/** Music tower: audio frames → pool → MLP → n(·). */
export function musicTower(g: GraphBuilder, p: ParamSource, x: SequenceInputs, c: ModelConfig): TowerOutput {
  return head(g, p, 'music', framePool(g, p, 'music', x, c.musicDim, c));
}
