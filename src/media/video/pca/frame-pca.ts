import { quantizeYt8m, YT8M_MAX, YT8M_MIN } from '../../../ml/index.js';
import type { PcaAccumulator } from './pca-accumulator.js';
import { symmetricEigen } from './symmetric-eigen.js';

/** The visual features' width, YouTube-8M's: the encoders take 1024-d frames. */
export const VISUAL_DIM = 1024;

/**
 * PCA with whitening to 1024-d, YouTube-8M's reduction of Inception's 2048-d frame features
 * (Abu-El-Haija et al., "YouTube-8M", 2016, section 4.1), here fitted on the catalog's own frames
 * from whichever extractor it serves:
 *   y_j = v_j . (x - mean) / sqrt(lambda_j + epsilon),  j < k = min(inputDim, 1024)
 * v_j, lambda_j: the covariance's eigenvectors and eigenvalues, descending. epsilon regularises
 * the directions the fitting frames barely span (fewer distinct frames than dimensions, or
 * near-duplicate frames): without it a direction of variance 1e-12 would be scaled by 1e6.
 * An extractor narrower than 1024 gives k < 1024 components; the rest are zero (padding, stated
 * in the manifest), so the encoders' input width holds whatever the extractor.
 */
export interface FramePcaParams {
  inputDim: number;
  /** k: components kept (the rest of the 1024 outputs are zero). */
  components: number;
  epsilon: number;
  mean: Float32Array;
  /** k x inputDim, row-major, unit rows. */
  vectors: Float32Array;
  /** k eigenvalues, descending. */
  eigenvalues: Float32Array;
  /** Share of the total variance the k components hold. */
  explainedVariance: number;
}

/** epsilon = this x the largest eigenvalue, unless the caller names one. */
export const DEFAULT_RELATIVE_EPSILON = 1e-3;

export function fitFramePca(acc: PcaAccumulator, opts: { relativeEpsilon?: number } = {}): FramePcaParams {
  const { mean, covariance } = acc.moments();
  const dim = acc.dim;
  const { values, vectors } = symmetricEigen(covariance, dim);
  const k = Math.min(dim, VISUAL_DIM);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const kept = values.subarray(0, k).reduce((s, v) => s + Math.max(v, 0), 0);
  const out = new Float32Array(k * dim);
  for (let c = 0; c < k; c += 1) {
    // Eigenvectors are defined up to sign: make the largest entry positive so a refit on the same
    // frames writes the same file.
    const v = vectors.subarray(c * dim, c * dim + dim);
    let big = 0;
    for (let i = 1; i < dim; i += 1) if (Math.abs(v[i]!) > Math.abs(v[big]!)) big = i;
    const sign = v[big]! < 0 ? -1 : 1;
    for (let i = 0; i < dim; i += 1) out[c * dim + i] = sign * v[i]!;
  }
  const eigenvalues = Float32Array.from(values.subarray(0, k), (v) => Math.max(v, 0));
  return {
    inputDim: dim,
    components: k,
    epsilon:
      (opts.relativeEpsilon ?? DEFAULT_RELATIVE_EPSILON) * Math.max(eigenvalues[0] ?? 0, Number.MIN_VALUE),
    mean: Float32Array.from(mean),
    vectors: out,
    eigenvalues,
    explainedVariance: total > 0 ? kept / total : 0,
  };
}

/** Precomputed projection: rows of vectors scaled by 1 / sqrt(lambda + epsilon). */
export class FramePcaProjection {
  private readonly weights: Float32Array;

  constructor(private readonly p: FramePcaParams) {
    this.weights = new Float32Array(p.vectors.length);
    for (let c = 0; c < p.components; c += 1) {
      const s = 1 / Math.sqrt(p.eigenvalues[c]! + p.epsilon);
      for (let i = 0; i < p.inputDim; i += 1)
        this.weights[c * p.inputDim + i] = p.vectors[c * p.inputDim + i]! * s;
    }
  }

  /** `rows` frames x inputDim in, frames x 1024 whitened floats out. */
  project(rows: Float32Array): Float32Array {
    const { inputDim, components, mean } = this.p;
    if (rows.length % inputDim !== 0)
      throw new RangeError(
        `FramePcaProjection: ${rows.length} values is not a whole number of ${inputDim}-d rows`,
      );
    const frames = rows.length / inputDim;
    const out = new Float32Array(frames * VISUAL_DIM);
    const x = new Float64Array(inputDim);
    for (let f = 0; f < frames; f += 1) {
      for (let i = 0; i < inputDim; i += 1) x[i] = rows[f * inputDim + i]! - mean[i]!;
      for (let c = 0; c < components; c += 1) {
        const w = c * inputDim;
        let s = 0;
        for (let i = 0; i < inputDim; i += 1) s += this.weights[w + i]! * x[i]!;
        out[f * VISUAL_DIM + c] = s;
      }
    }
    return out;
  }

  /** Whitened values to YouTube-8M's 8-bit codes over [-2, 2] (values beyond clip). */
  quantize(projected: Float32Array): Uint8Array {
    return quantizeYt8m(projected, YT8M_MIN, YT8M_MAX);
  }
}

export interface PcaSpectrum {
  /** Components whose eigenvalue exceeds epsilon: the directions the fitting frames span. */
  aboveEpsilon: number;
  /** Share of the total variance held by the leading 64, 256 and all k components. */
  explained: { top64: number; top256: number; all: number };
  /** sqrt((lambda_1 + eps) / (lambda_k + eps)): the whitening's condition number. */
  whiteningCondition: number;
}

/** The spectrum summary a PCA's README reports (and the tests check). */
export function pcaSpectrum(p: FramePcaParams): PcaSpectrum {
  const ev = p.eigenvalues;
  const kept = ev.reduce((s, v) => s + v, 0);
  const share = (n: number) =>
    kept > 0 ? (ev.subarray(0, n).reduce((s, v) => s + v, 0) / kept) * p.explainedVariance : 0;
  return {
    aboveEpsilon: ev.filter((v) => v > p.epsilon).length,
    explained: { top64: share(64), top256: share(256), all: p.explainedVariance },
    whiteningCondition: Math.sqrt((ev[0]! + p.epsilon) / (ev[p.components - 1]! + p.epsilon)),
  };
}
