import { Fft } from './fft.js';
import { LOG_MEL } from './log-mel.js';

// Bound once for the per-sample loops (a global `Math` lookup per call is slow in VM contexts such as Jest's).
const { max, min } = Math;

/**
 * Tempo from the log-mel frames (100 per second):
 * 1. Onset strength: spectral flux, Σ_b max(0, L[t,b] − L[t−1,b]) (the half-wave-rectified
 *    log-mel difference of librosa's onset_strength), minus its 1 s moving average.
 * 2. Its autocorrelation r(τ) by FFT (Wiener–Khinchin), of the envelope less its mean,
 *    normalised so r(0) = 1.
 * 3. A comb over candidate periods: S(T) = mean over k = 1..4 of r(k·τ_T), τ_T = 6000/T frames,
 *    read by linear interpolation; the k > 1 teeth give sub-frame precision (1 frame is 3% of a
 *    180 BPM period, the teeth at 4τ bring it under 1%).
 *    The envelope is smoothed first (σ = 1.5 frames), see smooth().
 * 4. Octave errors: a pulse train at T also peaks at T/2 and T/3 (every second or third beat),
 *    and their combs tie with T's. The search takes the best S(T)·w(T), w a broad log-normal
 *    preference around 120 BPM (σ = 1.5 octaves), then moves to 2T or 3T while
 *    S(mT)·w(mT) ≥ 0.85·S(T)·w(T). Half (or two thirds) of mT's teeth fall between a true T's
 *    beats, so a true T scores S(mT) ≈ S(T)/2 and stays; a metronome at 180 ties its 90 and
 *    moves up to 180.
 * Confidence: S(T) itself, clamped to [0, 1] (1 for a metronome, near 0 for unpulsed audio).
 * No estimate (null) for under 3 s of audio (two beats at the slowest tempo, 40 BPM), or when
 * the mean onset strength is under MIN_ONSET_STRENGTH (a steady tone, a drone: nothing to count).
 */
export const TEMPO_RANGE = { min: 40, max: 240 } as const;
const TEETH = 4;
const OCTAVE_RATIO = 0.85;
/** Mean onset strength (rectified log-mel flux summed over the 64 bands, per frame) of audio with a pulse. */
const MIN_ONSET_STRENGTH = 0.25;

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
    const lo = max(0, t - half);
    const hi = min(frames, t + half + 1);
    out[t] = max(0, flux[t]! - (prefix[hi]! - prefix[lo]!) / (hi - lo));
  }
  return out;
}

/**
 * Gaussian smoothing (σ = 1.5 frames): a beat whose period is not a whole number of frames lands
 * on alternating frames, and unsmoothed its autocorrelation peak splits between two lags.
 */
function smooth(x: Float64Array): Float64Array {
  const sigma = 1.5;
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-(((i - radius) / sigma) ** 2) / 2),
  );
  const norm = kernel.reduce((a, v) => a + v, 0);
  const out = new Float64Array(x.length);
  for (let t = 0; t < x.length; t++) {
    let acc = 0;
    for (let j = -radius; j <= radius; j++) acc += (x[t + j] ?? 0) * kernel[j + radius]!;
    out[t] = acc / norm;
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
  const maxLag = Math.ceil(((60 * fps) / TEMPO_RANGE.min) * TEETH) + 1;
  // Two full periods at the slowest tempo, at least.
  if (frames < 2 * ((60 * fps) / TEMPO_RANGE.min)) return null;
  const envelope = smooth(onsetStrength(logMel, frames));
  // The autocorrelation is scale-free, so a steady tone's tiny frame-to-frame ripple would read
  // as a confident pulse: below this mean flux there are no onsets to count. (A steady 440 Hz
  // tone gives 0.05; the quietest Wesnoth recording 0.8, a click track 1 to 9.)
  const meanFlux = envelope.reduce((a, v) => a + v, 0) / envelope.length;
  if (!(meanFlux >= MIN_ONSET_STRENGTH)) return null;
  // Centred, so r measures how the onsets recur, not their average level (a rectified envelope's
  // mean would otherwise lift r(τ) at every lag, noise included).
  for (let t = 0; t < envelope.length; t++) envelope[t]! -= meanFlux;
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
  // A broad log-normal preference for tempos near 120 BPM (σ = 1.5 octaves): it only breaks
  // near-ties between metrical levels, it never outweighs a clearly stronger pulse.
  const prior = (bpm: number) => Math.exp(-0.5 * (Math.log2(bpm / 120) / 1.5) ** 2);
  const weighted = (bpm: number) => score(bpm) * prior(bpm);
  const best = (lo: number, hi: number, step: number, f = weighted) => {
    let arg = lo;
    let max = -Infinity;
    for (let bpm = lo; bpm <= hi + 1e-9; bpm += step) {
      const s = f(bpm);
      if (s > max) [max, arg] = [s, bpm];
    }
    return arg;
  };
  let bpm = best(TEMPO_RANGE.min, TEMPO_RANGE.max, 0.5);
  for (let moved = true; moved;) {
    moved = false;
    for (const m of [2, 3]) {
      if (m * bpm * 0.97 > TEMPO_RANGE.max) continue;
      const faster = best(m * bpm * 0.97, Math.min(TEMPO_RANGE.max, m * bpm * 1.03), 0.1, score);
      if (weighted(faster) >= OCTAVE_RATIO * weighted(bpm)) {
        bpm = faster;
        moved = true;
        break;
      }
    }
  }
  bpm = best(bpm * 0.98, Math.min(TEMPO_RANGE.max, bpm * 1.02), 0.02, score);
  return {
    value: Math.round(bpm * 10) / 10,
    confidence: Math.round(Math.min(1, Math.max(0, score(bpm))) * 100) / 100,
  };
}
