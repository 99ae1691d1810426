import type { Split } from '../../../src/ml/data/dataset.js';
import type { MusicRecording, TextTrack } from '../../../src/ml/objectives/objectives.js';
import type { AugmentRandom } from '../../../src/ml/objectives/objectives.js';
import { Rng } from '../../../src/ml/util/rng.js';

const splitOf = (i: number, nTrain: number, nVal: number): Split =>
  i < nTrain ? 'train' : i < nTrain + nVal ? 'val' : 'test';

/**
 * Recordings of 128-d per-second features: each recording has its own random spectral profile
 * (a few latent factors mixed into all dims) plus per-second noise and a slow drift, so an excerpt
 * resembles its whole recording but only through the profile.
 */
export function syntheticRecordings(
  opts: {
    seed?: number;
    train?: number;
    val?: number;
    test?: number;
    minFrames?: number;
    maxFrames?: number;
  } = {},
): MusicRecording[] {
  const { seed = 1, train = 80, val = 24, test = 24, minFrames = 30, maxFrames = 60 } = opts;
  const rng = new Rng(seed);
  const D = 128;
  const K = 12;
  const mix = Float64Array.from({ length: K * D }, () => rng.normal() / Math.sqrt(K));
  const n = train + val + test;
  return Array.from({ length: n }, (_, r) => {
    const z = Float64Array.from({ length: K }, () => rng.normal());
    const profile = new Float64Array(D);
    for (let k = 0; k < K; k++) for (let d = 0; d < D; d++) profile[d]! += z[k]! * mix[k * D + d]!;
    const T = minFrames + rng.int(maxFrames - minFrames + 1);
    const data = new Float32Array(T * D);
    const drift = Float64Array.from({ length: D }, () => rng.normal() * 0.3);
    for (let t = 0; t < T; t++) {
      const phase = Math.sin((2 * Math.PI * t) / T);
      for (let d = 0; d < D; d++)
        data[t * D + d] = Math.max(
          -2,
          Math.min(2, 0.6 * profile[d]! + phase * drift[d]! + 0.7 * rng.normal()),
        );
    }
    return {
      id: `rec-${r}`,
      audio: { frames: T, dim: D, dtype: 'float32' as const, data },
      split: splitOf(r, train, val),
    };
  });
}

/** A nuisance augmenter for the ML tests: a per-excerpt offset and tilt over all dims, plus noise. */
export function testAugmenter(frames: Float32Array, T: number, D: number, rng: AugmentRandom): Float32Array {
  // Strong enough that matching an excerpt's windows needs a learned invariance: an untrained
  // tower matches the raw seconds (aligned window matching) well under milder nuisances.
  const gain = (rng.next() * 2 - 1) * 1.5;
  const tilt = (rng.next() * 2 - 1) * 2;
  const out = new Float32Array(frames.length);
  for (let t = 0; t < T; t++)
    for (let d = 0; d < D; d++)
      out[t * D + d] = frames[t * D + d]! + gain + tilt * (d / (D - 1) - 0.5) + 0.6 * rng.normal();
  return out;
}

/**
 * Tracks whose text words determine their audio profile: 8 styles, each with two words and a
 * profile; a track's title is its style's words plus a generic word, its audio the style profile
 * plus its own variation and per-second noise.
 */
export function syntheticTextTracks(
  opts: { seed?: number; train?: number; val?: number; test?: number } = {},
): TextTrack[] {
  const { seed = 3, train = 160, val = 32, test = 32 } = opts;
  const rng = new Rng(seed);
  const D = 128;
  const words = [
    ['calm', 'piano'],
    ['epic', 'orchestra'],
    ['upbeat', 'pop'],
    ['dark', 'ambient'],
    ['happy', 'ukulele'],
    ['heavy', 'guitar'],
    ['soft', 'strings'],
    ['retro', 'synth'],
  ];
  const generic = ['track', 'music', 'song', 'tune', 'theme', 'loop'];
  const profiles = words.map(() => Float64Array.from({ length: D }, () => rng.normal() * 0.8));
  const n = train + val + test;
  return Array.from({ length: n }, (_, i) => {
    const s = rng.int(words.length);
    const own = Float64Array.from({ length: D }, () => rng.normal() * 0.3);
    const T = 10 + rng.int(11);
    const data = new Float32Array(T * D);
    for (let t = 0; t < T; t++)
      for (let d = 0; d < D; d++) data[t * D + d] = profiles[s]![d]! + own[d]! + 0.5 * rng.normal();
    const title = `${words[s]![0]} ${generic[rng.int(generic.length)]} ${words[s]![1]}`;
    return {
      id: `tt-${i}`,
      text: { title },
      audio: { frames: T, dim: D, dtype: 'float32' as const, data },
      split: splitOf(i, train, val),
    };
  });
}
