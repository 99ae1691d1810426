import type { MediaFeature } from '../generated/prisma/client.js';
import type { FeatureSequence } from '../ml/index.js';

/** A stored per-second feature row as the encoders take it (float32 little-endian or uint8). */
export function featureSequenceOf(
  row: Pick<MediaFeature, 'data' | 'dim' | 'frames' | 'dtype'>,
): FeatureSequence {
  const bytes = row.data;
  if (row.dtype === 'UINT8') {
    return {
      frames: row.frames,
      dim: row.dim,
      dtype: 'uint8',
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    };
  }
  // Copy: the Buffer's offset need not be 4-byte aligned for a Float32Array view.
  const copy = new Uint8Array(bytes);
  return {
    frames: row.frames,
    dim: row.dim,
    dtype: 'float32',
    data: new Float32Array(copy.buffer, 0, row.frames * row.dim),
  };
}

/** The bytes to store for a sequence (float32 little-endian on every platform Node runs on here). */
export function featureBytes(seq: FeatureSequence): Uint8Array<ArrayBuffer> {
  const view = new Uint8Array(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength);
  return new Uint8Array(view);
}
