import { periodicHann, RealFft } from './fft.js';

// Bound once for the per-sample loops (a global `Math` lookup per call is slow in VM contexts such as Jest's).
const { sqrt } = Math;

/**
 * Key and mode: a chroma profile correlated with Krumhansl–Kessler's key profiles
 * (Krumhansl 1990, "Cognitive Foundations of Musical Pitch", probe-tone ratings).
 * Chroma: 8192-point FFT frames (0.512 s, 1.95 Hz bins at 16 kHz, fine enough to separate
 * semitones from C2 ≈ 65 Hz up) every 8192 samples (no overlap: the Hann taper loses a little, the key does not notice); each bin from 65 to 2,100 Hz adds its
 * magnitude to its nearest pitch class; each frame's chroma is scaled to sum 1 (so loud passages
 * do not outvote the rest) and the frames are summed. The key is the rotation of the major or
 * minor profile with the highest Pearson correlation r₁.
 * Confidence: max(0, r₁) · min(1, 10·(r₁ − r₂)), r₂ the runner-up key's correlation: a clear
 * winner over every other key (by 0.1 or more) and a good fit both count.
 */
export const PITCH_CLASSES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'] as const;
const MAJOR = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];
const MINOR = [6.33, 2.68, 3.52, 5.38, 2.6, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17];
const FRAME = 8192;
const HOP = 8192;
const LOW_HZ = 65;
const HIGH_HZ = 2100;

export interface Key {
  tonic: (typeof PITCH_CLASSES)[number];
  mode: 'MAJOR' | 'MINOR';
  confidence: number;
}

export function chroma(samples: Float32Array, rate: number): Float64Array {
  const fft = new RealFft(FRAME);
  const window = periodicHann(FRAME);
  const power = new Float64Array(FRAME / 2 + 1);
  const firstBin = Math.ceil((LOW_HZ * FRAME) / rate);
  const lastBin = Math.min(FRAME / 2, Math.floor((HIGH_HZ * FRAME) / rate));
  const pcOfBin = new Uint8Array(lastBin + 1);
  for (let k = firstBin; k <= lastBin; k++) {
    const midi = 69 + 12 * Math.log2((k * rate) / FRAME / 440);
    pcOfBin[k] = ((Math.round(midi) % 12) + 12) % 12;
  }
  const total = new Float64Array(12);
  const frame = new Float64Array(12);
  for (let start = 0; start + FRAME <= Math.max(samples.length, FRAME); start += HOP) {
    fft.powerSpectrum(samples, start, window, power);
    frame.fill(0);
    for (let k = firstBin; k <= lastBin; k++) frame[pcOfBin[k]!]! += sqrt(power[k]!);
    const sum = frame.reduce((a, v) => a + v, 0);
    if (sum > 1e-9) for (let p = 0; p < 12; p++) total[p]! += frame[p]! / sum;
  }
  return total;
}

function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export function estimateKey(samples: Float32Array, rate: number): Key | null {
  const c = chroma(samples, rate);
  if (c.every((v) => v === 0)) return null;
  const scores: Array<{ tonic: number; mode: 'MAJOR' | 'MINOR'; r: number }> = [];
  for (let tonic = 0; tonic < 12; tonic++) {
    // The profile of the key on `tonic`: its weight for pitch class p is profile[(p − tonic) mod 12].
    const rotated = (profile: number[]) =>
      Array.from({ length: 12 }, (_, p) => profile[(p - tonic + 12) % 12]!);
    scores.push({ tonic, mode: 'MAJOR', r: pearson(c, rotated(MAJOR)) });
    scores.push({ tonic, mode: 'MINOR', r: pearson(c, rotated(MINOR)) });
  }
  scores.sort((a, b) => b.r - a.r);
  const [first, second] = [scores[0]!, scores[1]!];
  const confidence = Math.max(0, first.r) * Math.min(1, 10 * (first.r - second.r));
  return {
    tonic: PITCH_CLASSES[first.tonic]!,
    mode: first.mode,
    confidence: Math.round(confidence * 100) / 100,
  };
}
