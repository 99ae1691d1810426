import type { FeatureSequence } from '../../ml/index.js';

/** The extractors' feature records as the catalog's FeatureSequence (dtype and data paired). */
export function asSequence(f: {
  frames: number;
  dim: number;
  dtype: 'uint8' | 'float32';
  data: Uint8Array | Float32Array;
}): FeatureSequence {
  return f.dtype === 'uint8'
    ? { frames: f.frames, dim: f.dim, dtype: 'uint8', data: f.data as Uint8Array }
    : { frames: f.frames, dim: f.dim, dtype: 'float32', data: f.data as Float32Array };
}
