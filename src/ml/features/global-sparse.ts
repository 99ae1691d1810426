import type { Rng } from '../util/rng.js';

/**
 * Global Sparse sampling (TSN-style, as the II-CLVM paper uses): split the whole
 * sequence of T frames into S equal segments and take one frame per segment —
 * a random one while training, the segment centre at inference — so the S
 * samples cover the whole work. With T < S every frame is used once and the
 * remaining slots are padding (index −1, masked out).
 */
export function globalSparseIndices(frames: number, segments: number, rng?: Rng): Int32Array {
  const out = new Int32Array(segments).fill(-1);
  if (frames < segments) {
    for (let i = 0; i < frames; i++) out[i] = i;
    return out;
  }
  for (let k = 0; k < segments; k++) {
    const start = Math.floor((k * frames) / segments);
    const end = Math.floor(((k + 1) * frames) / segments);
    const len = end - start;
    out[k] = start + (rng ? rng.int(len) : Math.floor(len / 2));
  }
  return out;
}
