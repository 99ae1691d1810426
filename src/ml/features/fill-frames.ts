import { featureValue, YT8M_MAX, YT8M_MIN } from './feature-sequence.js';
import type { FeatureSequence } from './feature-sequence.js';

/** dequantizeYt8m for every byte value, so the hot loop is one table lookup per feature. */
const YT8M_TABLE = Float32Array.from(
  { length: 256 },
  (_, q) => (q * (YT8M_MAX - YT8M_MIN)) / 255 + (YT8M_MAX - YT8M_MIN) / 512 + YT8M_MIN,
);

/**
 * Writes the sampled frames of `seq` into a [S, rowWidth] block of `out` starting
 * at `base`, at column `col`, and the mask row at `maskBase`. Padding rows stay 0.
 * uint8 inputs are dequantised here, so callers never hold dequantised copies.
 */
export function fillSampledFrames(
  seq: FeatureSequence,
  indices: Int32Array,
  out: Float32Array,
  base: number,
  rowWidth: number,
  col: number,
  mask?: Float32Array,
  maskBase = 0,
): void {
  const d = seq.dim;
  for (let k = 0; k < indices.length; k++) {
    const t = indices[k]!;
    const row = base + k * rowWidth + col;
    if (t < 0) {
      out.fill(0, row, row + d);
      continue;
    }
    if (mask) mask[maskBase + k] = 1;
    const src = t * d;
    if (seq.dtype === 'float32') {
      out.set((seq.data as Float32Array).subarray(src, src + d), row);
    } else {
      const q = seq.data as Uint8Array;
      for (let j = 0; j < d; j++) out[row + j] = YT8M_TABLE[q[src + j]!]!;
    }
  }
}

/** Mean over all frames (the "pooled encoder input" of the II intra term), added into out[offset..offset+dim). */
export function meanPoolInto(seq: FeatureSequence, out: Float32Array, offset: number): void {
  const d = seq.dim;
  const acc = new Float64Array(d);
  for (let t = 0; t < seq.frames; t++) for (let j = 0; j < d; j++) acc[j]! += featureValue(seq, t * d + j);
  for (let j = 0; j < d; j++) out[offset + j] = acc[j]! / seq.frames;
}
