import { FeatureInputError } from './errors.js';

export type FeatureDtype = 'float32' | 'uint8';

/** Per-second features, row-major frames × dim. uint8 data is YouTube-8M-quantised. */
export interface FeatureSequence {
  frames: number;
  dim: number;
  dtype: FeatureDtype;
  data: Float32Array | Uint8Array;
}

/** YouTube-8M quantisation range (starter code: min_quantized_value=-2, max=2). */
export const YT8M_MIN = -2;
export const YT8M_MAX = 2;

/**
 * YouTube-8M dequantisation, as in the starter code's `Dequantize`:
 * x = q·(max−min)/255 + (max−min)/512 + min (the bias centres each bin).
 */
export function dequantizeYt8m(q: Uint8Array, min = YT8M_MIN, max = YT8M_MAX): Float32Array {
  const scale = (max - min) / 255;
  const bias = (max - min) / 512 + min;
  const out = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) out[i] = q[i]! * scale + bias;
  return out;
}

/** Inverse of dequantizeYt8m, clamped to [0, 255] (used by the synthetic generator). */
export function quantizeYt8m(x: ArrayLike<number>, min = YT8M_MIN, max = YT8M_MAX): Uint8Array {
  const scale = 255 / (max - min);
  const bias = (max - min) / 512 + min;
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.max(0, Math.min(255, Math.round((x[i]! - bias) * scale)));
  return out;
}

/** Reads one value as float, dequantising uint8 on the fly. */
export function featureValue(seq: FeatureSequence, index: number): number {
  const v = seq.data[index]!;
  return seq.dtype === 'uint8'
    ? v * ((YT8M_MAX - YT8M_MIN) / 255) + (YT8M_MAX - YT8M_MIN) / 512 + YT8M_MIN
    : v;
}

/**
 * Checks a client-supplied sequence: dtype, dimension, length, emptiness, the
 * documented maximum length, and (float32) that every value is finite.
 */
export function validateSequence(
  seq: FeatureSequence,
  expectedDim: number,
  maxFrames: number,
  field: string,
): void {
  if (seq === null || typeof seq !== 'object')
    throw new FeatureInputError('EMPTY_INPUT', `${field}: expected a feature sequence`);
  if (seq.dtype !== 'float32' && seq.dtype !== 'uint8') {
    throw new FeatureInputError(
      'BAD_DTYPE',
      `${field}: dtype must be 'float32' or 'uint8', got ${JSON.stringify(seq.dtype)}`,
    );
  }
  if (seq.dim !== expectedDim) {
    throw new FeatureInputError(
      'BAD_FEATURE_DIM',
      `${field}: feature dimension must be ${expectedDim}, got ${seq.dim}`,
    );
  }
  if (!Number.isInteger(seq.frames) || seq.frames < 1) {
    throw new FeatureInputError(
      'EMPTY_SEQUENCE',
      `${field}: sequence must have at least 1 frame, got ${seq.frames}`,
    );
  }
  if (seq.frames > maxFrames) {
    throw new FeatureInputError(
      'TOO_LONG',
      `${field}: sequence has ${seq.frames} frames, more than the maximum of ${maxFrames}`,
    );
  }
  const okType = seq.dtype === 'float32' ? seq.data instanceof Float32Array : seq.data instanceof Uint8Array;
  if (!okType)
    throw new FeatureInputError(
      'BAD_DTYPE',
      `${field}: data must be a ${seq.dtype === 'float32' ? 'Float32Array' : 'Uint8Array'} for dtype ${seq.dtype}`,
    );
  if (seq.data.length !== seq.frames * seq.dim) {
    throw new FeatureInputError(
      'BAD_LENGTH',
      `${field}: data has ${seq.data.length} values, expected frames×dim = ${seq.frames}×${seq.dim}`,
    );
  }
  if (seq.dtype === 'float32') {
    const d = seq.data;
    for (let i = 0; i < d.length; i++) {
      if (!Number.isFinite(d[i]!)) {
        throw new FeatureInputError(
          'NON_FINITE',
          `${field}: value at frame ${Math.floor(i / seq.dim)}, dim ${i % seq.dim} is ${d[i]} (NaN/Infinity not allowed)`,
        );
      }
    }
  }
}
