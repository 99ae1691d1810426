import { concatLast } from '../graph/ops/shape.js';
import { add, mul, scale, sub, transpose } from '../graph/ops/elementwise.js';
import { l2Normalize } from '../graph/ops/l2-normalize.js';
import { matmulTransB } from '../graph/ops/linear.js';
import { reduceSum } from '../graph/ops/reduce.js';
import { logSoftmax } from '../graph/ops/softmax.js';
import { attr } from '../graph/graph-builder.js';
import type { GraphBuilder, Value } from '../graph/graph-builder.js';
import { eyeLike, inverseRows } from './batch-scalars.js';

export type Divergence = 'kl' | 'mse';

export interface IILossConfig {
  /** InfoNCE temperature τ. */
  tau: number;
  /** Temperature of the input-similarity softmax (KL form). */
  tauIn: number;
  /** Temperature of the output-similarity softmax (KL form). */
  tauOut: number;
  lambdaVideo: number;
  lambdaMusic: number;
  divergence: Divergence;
  /**
   * Variant (KL form only; 0 or absent = the reference definition): P keeps only each row's
   * k nearest input neighbours (the rest get probability 0), so the term asks the encoder to keep
   * those few close rather than to reproduce the whole input similarity structure.
   */
  topK?: number;
  /**
   * Variant: the intra terms are multiplied by a graph input `loss.intra_scale` [1] that the
   * trainer sets each step (the λ schedule); absent/false = a constant λ.
   */
  scheduled?: boolean;
}

export interface IILossTerms {
  inter: Value;
  intraVideo: Value;
  intraMusic: Value;
  total: Value;
}

/** Masking value for the excluded diagonal; exp() of it is exactly 0 in float32 and float64. */
const EXCLUDED = -1e9;

/** CE(Z) = mean_i −log softmax(Z_i)_i: cross-entropy with the diagonal as the target. */
function diagonalCrossEntropy(g: GraphBuilder, z: Value): Value {
  const picked = reduceSum(g, mul(g, logSoftmax(g, z), eyeLike(g, z)), 'all');
  return mul(g, scale(g, picked, -1), inverseRows(g, z));
}

/** cos(X) = n(X)·n(X)ᵀ. */
function cosineMatrix(g: GraphBuilder, x: Value): Value {
  const n = l2Normalize(g, x);
  return matmulTransB(g, n, n);
}

/**
 * L_inter = ½·[CE(n(V)n(M)ᵀ/τ) + CE(n(M)n(V)ᵀ/τ)], the symmetric InfoNCE
 * over the in-batch video–music cosine matrix (DOMAIN.md, "II loss").
 */
export function interLoss(g: GraphBuilder, videoOut: Value, musicOut: Value, tau: number): Value {
  const z = scale(g, matmulTransB(g, l2Normalize(g, videoOut), l2Normalize(g, musicOut)), 1 / tau);
  return scale(g, add(g, diagonalCrossEntropy(g, z), diagonalCrossEntropy(g, transpose(g, z))), 0.5);
}

/**
 * L_intra(X): how much the within-batch similarity structure changes through the encoder.
 * KL form: P = softmax(cos(X_in)/τ_in), Q = softmax(cos(X_out)/τ_out), row-wise with the
 * diagonal excluded; L = mean_i Σ_{j≠i} P_ij (log P_ij − log Q_ij). Gradients flow only
 * through X_out (X_in is a non-trainable input).
 * MSE form: mean over i≠j of (cos(X_in)_ij − cos(X_out)_ij)².
 */
export function intraLoss(g: GraphBuilder, xIn: Value, xOut: Value, cfg: IILossConfig): Value {
  const cIn = cosineMatrix(g, xIn);
  const cOut = cosineMatrix(g, xOut);
  const eye = eyeLike(g, cOut);
  if (cfg.divergence === 'mse') {
    const diff = sub(g, cIn, cOut);
    const offDiag = g.op('Sub', [g.constant([1]), eye]);
    const total = reduceSum(g, mul(g, mul(g, diff, diff), offDiag), 'all');
    const n = inverseRows(g, cOut);
    const nMinusOne = inverseRows(g, cOut, -1);
    return mul(g, mul(g, total, n), nMinusOne);
  }
  const mask = g.op('Mul', [eye, g.constant([EXCLUDED])]);
  let logitsIn = g.op('Add', [g.op('Mul', [cIn, g.constant([1 / cfg.tauIn])]), mask]);
  if (cfg.topK && cfg.topK > 0) logitsIn = g.op('Add', [logitsIn, topKMask(g, logitsIn, cfg.topK)]);
  const logP = g.op('LogSoftmax', [logitsIn], { axis: attr.int(-1) });
  const p = g.op('Exp', [logP]);
  const logQ = logSoftmax(g, add(g, scale(g, cOut, 1 / cfg.tauOut), mask));
  const kl = reduceSum(g, mul(g, p, sub(g, logP, logQ)), 'all');
  return mul(g, kl, inverseRows(g, cOut));
}

/**
 * Additive mask that keeps each row's k largest logits (0) and drops the rest (EXCLUDED);
 * k is clamped to N − 1 for small batches. Non-differentiable: it reads only the input side.
 */
function topKMask(g: GraphBuilder, logits: Value, k: number): Value {
  const n = g.op('Gather', [g.op('Shape', [logits]), g.int64([0])]);
  const kk = g.op('Min', [g.op('Sub', [n, g.int64([1])]), g.int64([k])]);
  const [values] = g.opN('TopK', [logits, kk], 2, { axis: attr.int(-1) });
  const threshold = g.op('ReduceMin', [values!], { axes: attr.ints([-1]), keepdims: attr.int(1) });
  const keep = g.op('GreaterOrEqual', [logits, threshold]);
  return g.op('Where', [keep, g.constant([0]), g.constant([EXCLUDED])]);
}

/** L = L_inter + λ_v·L_intra(video) + λ_m·L_intra(music). */
export function iiLoss(
  g: GraphBuilder,
  x: { videoIn: Value; musicIn: Value; videoOut: Value; musicOut: Value },
  cfg: IILossConfig,
): IILossTerms {
  const inter = interLoss(g, x.videoOut, x.musicOut, cfg.tau);
  const intraVideo = intraLoss(g, x.videoIn, x.videoOut, cfg);
  const intraMusic = intraLoss(g, x.musicIn, x.musicOut, cfg);
  let intra = add(g, scale(g, intraVideo, cfg.lambdaVideo), scale(g, intraMusic, cfg.lambdaMusic));
  if (cfg.scheduled) intra = mul(g, intra, g.input('loss.intra_scale', [1]));
  const total = add(g, inter, intra);
  return { inter, intraVideo, intraMusic, total };
}

/** Stacks the four scalar terms into one [4] output: inter, intraVideo, intraMusic, total. */
export function stackTerms(g: GraphBuilder, t: IILossTerms): Value {
  const one = [t.inter, t.intraVideo, t.intraMusic, t.total].map((v) => g.op('Reshape', [v, g.int64([1])]));
  return concatLast(g, one, [1, 1, 1, 1]);
}
