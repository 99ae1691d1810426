import { Fft } from './fft.js';
import { LOG_MEL } from './log-mel.js';

/**
 * Tempo from the log-mel frames (100 per second):
 * 1. Onset strength: spectral flux, Σ_b max(0, L[t,b] − L[t−1,b]) (the half-wave-rectified
 *    log-mel difference of librosa's onset_strength), minus its 1 s moving average.
 * 2. Its autocorrelation r(τ) by FFT (Wiener–Khinchin), normalised so r(0) = 1.
 * 3. A comb over candidate periods: S(T) = mean over k = 1..4 of r(k·τ_T), τ_T = 6000/T frames,
 *    read by linear interpolation; the k > 1 teeth give sub-frame precision (1 frame is 3% of a
 *    180 BPM period, the teeth at 4τ bring it under 1%).
 * 4. Octave errors: a pulse train at T also peaks at T/2 (every other beat), and the two combs tie;
 *    between T and 2T the faster wins when S(2T) ≥ 0.85·S(T). Half the teeth of 2T fall between
 *    T's beats, so a true T scores S(2T) ≈ S(T)/2 and keeps T.
 * Confidence: S(T) itself, clamped to [0, 1] (1 for a metronome, near 0 for unpulsed audio).
 */
export const TEMPO_RANGE = { min: 40, max: 240 } as const;
const TEETH = 4;
const OCTAVE_RATIO = 0.85;

export interface Tempo {
  value: number;
  confidence: number;
}

export function onsetStrength(logMel: Float32Array, frames: number, bands = LOG_MEL.melBands): Float64Array {
  const flux = new Float64Array(frames);
  for (let t = 1; t < frames; t++) {
    let acc = 0;
    const row = t * bands;
    for (let b = 0; b < bands; b++) {
      const d = logMel[row + b]! - logMel[row - bands + b]!;
      if (d > 0) acc += d;
    }
    flux[t] = acc;
  }
  // Subtract the local mean (1 s window) so sustained loudness changes do not read as pulses.
  const half = LOG_MEL.framesPerSecond / 2;
  const prefix = new Float64Array(frames + 1);
  for (let t = 0; t < frames; t++) prefix[t + 1] = prefix[t]! + flux[t]!;
  const out = new Float64Array(frames);
  for (let t = 0; t < frames; t++) {
    const lo = Math.max(0, t - half);
    const hi = Math.min(frames, t + half + 1);
    out[t] = Math.max(0, flux[t]! - (prefix[hi]! - prefix[lo]!) / (hi - lo));
  }
  return out;
}

function autocorrelation(x: Float64Array, maxLag: number): Float64Array {
  let n = 1;
  while (n < 2 * x.length) n <<= 1;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  re.set(x);
  const fft = new Fft(n);
  fft.transform(re, im);
  for (let i = 0; i < n; i++) {
    re[i] = re[i]! * re[i]! + im[i]! * im[i]!;
    im[i] = 0;
  }
  // The inverse DFT of a real, even power spectrum is the forward DFT divided by n.
  fft.transform(re, im);
  const r = new Float64Array(maxLag + 1);
  const zero = re[0]! || 1;
  for (let l = 0; l <= maxLag && l < n; l++) r[l] = re[l]! / zero;
  return r;
}

export function estimateTempo(logMel: Float32Array, frames: number): Tempo | null {
  const fps = LOG_MEL.framesPerSecond;
  const minPeriod = (60 * fps) / TEMPO_RANGE.max;
  const maxLag = Math.ceil(((60 * fps) / TEMPO_RANGE.min) * TEETH) + 1;
  // Two full periods at the slowest tempo, at least.
  if (frames < 2 * ((60 * fps) / TEMPO_RANGE.min)) return null;
  const envelope = onsetStrength(logMel, frames);
  if (envelope.every((v) => v === 0)) return null;
  const r = autocorrelation(envelope, maxLag);
  const at = (lag: number) => {
    const i = Math.floor(lag);
    if (i + 1 >= r.length) return 0;
    return r[i]! + (r[i + 1]! - r[i]!) * (lag - i);
  };
  const score = (bpm: number) => {
    const period = (60 * fps) / bpm;
    let s = 0;
    for (let k = 1; k <= TEETH; k++) s += at(k * period);
    return s / TEETH;
  };
  const best = (lo: number, hi: number, step: number) => {
    let arg = lo;
    let max = -Infinity;
    for (let bpm = lo; bpm <= hi + 1e-9; bpm += step) {
      const s = score(bpm);
      if (s > max) [max, arg] = [s, bpm];
    }
    return arg;
  };
  let bpm = best(TEMPO_RANGE.min, TEMPO_RANGE.max, 0.5);
  for (;;) {
    const double = 2 * bpm;
    if ((60 * fps) / double < minPeriod - 1e-9 || double > TEMPO_RANGE.max) break;
    const d = best(double * 0.97, Math.min(TEMPO_RANGE.max, double * 1.03), 0.1);
    if (score(d) < OCTAVE_RATIO * score(bpm)) break;
    bpm = d;
  }
  bpm = best(bpm * 0.98, Math.min(TEMPO_RANGE.max, bpm * 1.02), 0.02);
  return {
    value: Math.round(bpm * 10) / 10,
    confidence: Math.round(Math.min(1, Math.max(0, score(bpm))) * 100) / 100,
  };
}
