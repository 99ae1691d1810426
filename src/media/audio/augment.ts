/**
 * Feature augmentation for front end vmr-logmel@1 (docs/ml.md, "Objectives"): how an uploaded
 * excerpt's features differ from the master's, applied to the 128-d per-second features, not to
 * the decoded audio. Dims 0–63 hold each mel band's mean of y = log(mel + 0.01) over the second,
 * dims 64–127 its standard deviation, both standardised z = (x − μ)/σ · (2/2.7)
 * (logmel-standardisation.ts); the frames arrive dequantised. Each augmentation is modelled in
 * the log-mel domain and converted back through μ and σ:
 *
 * - gain g dB and an EQ tilt (a linear-in-band slope of t dB from the lowest band to the highest):
 *   the band's magnitude is multiplied by a_b = 10^(G_b/20) (the mel bands are of the FFT
 *   magnitude), so y' = log(a·(e^y − 0.01) + 0.01): ≈ y + ln a where the band is well above the
 *   0.01 floor, pinned to the floor where it is not;
 * - noise: a noise floor n_b (a pink-ish slope, strongest in the low bands) at an SNR against the
 *   excerpt's median band level: y' = log(e^y + n_b), which lifts quiet low bands toward the floor;
 * - a lossy re-encode: the bands above a random cut-off are attenuated (6 dB per band, up to
 *   60 dB) and every mean jitters slightly (quantisation noise);
 * - the std dims follow each mean's map to first order: σ' = σ · dy'/dy (so noise and attenuation
 *   shrink the movement of the bands they flatten), plus the re-encode's small relative jitter.
 *
 * One set of parameters per excerpt (a real upload's chain is fixed over the clip); only the
 * jitter varies per second. The mean-of-log summary makes the maps approximate (they treat the
 * band as steady within the second), which is the point: they describe a plausible upload.
 */
import { STANDARDISATION } from './logmel-standardisation.js';

/** The randomness the augmenter draws from (src/ml's trainer passes its seeded generator). */
export interface AugmentRandom {
  next(): number;
  normal(): number;
}

export const LOGMEL_BANDS = 64;
const FLOOR = 0.01;
const DB_TO_LN = Math.LN10 / 20;

/** One draw of the augmentation chain; `applyLogmelAugmentation` applies it deterministically. */
export interface LogmelAugmentation {
  /** Overall gain, dB. */
  gainDb: number;
  /** EQ tilt: dB added at the top band relative to the bottom one (linear in band index, centred). */
  tiltDb: number;
  /** Noise floor SNR in dB against the excerpt's median band level; null = no noise. */
  noiseSnrDb: number | null;
  /** First attenuated band of a lossy re-encode (0–63); null = no re-encode. */
  lossyCutoffBand: number | null;
  /** Standard deviation of the re-encode's per-second jitter: log units on the means, relative on the stds. */
  jitter: number;
}

export interface LogmelAugmentOptions {
  /** Gain drawn uniformly in ±gainDb (default 6). */
  gainDb?: number;
  /** Tilt drawn uniformly in ±tiltDb (default 6). */
  tiltDb?: number;
  /** Probability of a noise floor (default 0.5), SNR uniform in snrDb (default [10, 30]). */
  noiseProbability?: number;
  snrDb?: [number, number];
  /** Probability of a lossy re-encode (default 0.5), cut-off band uniform in cutoffBands (default [40, 60]). */
  lossyProbability?: number;
  cutoffBands?: [number, number];
  /** Jitter of a re-encode (default 0.05). */
  jitter?: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Draws one augmentation chain. */
export function drawLogmelAugmentation(rng: AugmentRandom, o: LogmelAugmentOptions = {}): LogmelAugmentation {
  const u = (lo: number, hi: number) => lo + (hi - lo) * rng.next();
  const gain = o.gainDb ?? 6;
  const tilt = o.tiltDb ?? 6;
  const [snrLo, snrHi] = o.snrDb ?? [10, 30];
  const [cutLo, cutHi] = o.cutoffBands ?? [40, 60];
  const gainDb = u(-gain, gain);
  const tiltDb = u(-tilt, tilt);
  const noiseSnrDb = rng.next() < (o.noiseProbability ?? 0.5) ? u(snrLo, snrHi) : null;
  const lossy = rng.next() < (o.lossyProbability ?? 0.5);
  const lossyCutoffBand = lossy ? Math.floor(u(cutLo, cutHi + 1)) : null;
  return { gainDb, tiltDb, noiseSnrDb, lossyCutoffBand, jitter: lossy ? (o.jitter ?? 0.05) : 0 };
}

/**
 * Applies `a` to T×128 dequantised vmr-logmel@1 frames (a new array; values clamped to the
 * quantisation range ±2). `rng` is used only for the jitter (none when `a.jitter` is 0).
 */
export function applyLogmelAugmentation(
  frames: Float32Array,
  T: number,
  D: number,
  a: LogmelAugmentation,
  rng?: AugmentRandom,
): Float32Array {
  if (D !== 2 * LOGMEL_BANDS)
    throw new RangeError(`logmel augment: expected ${2 * LOGMEL_BANDS}-d frames, got ${D}`);
  if (frames.length !== T * D) throw new RangeError(`logmel augment: ${frames.length} values for ${T}×${D}`);
  const { mean: mu, std: sd, scale } = STANDARDISATION;
  const B = LOGMEL_BANDS;
  const out = new Float32Array(T * D);
  // Per band: amplitude factor of gain + tilt (+ re-encode attenuation above the cut-off).
  const amp = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let db = a.gainDb + a.tiltDb * (b / (B - 1) - 0.5);
    if (a.lossyCutoffBand !== null && b >= a.lossyCutoffBand)
      db -= Math.min(60, 6 * (b - a.lossyCutoffBand + 1));
    amp[b] = Math.exp(db * DB_TO_LN);
  }
  // Noise floor (linear mel magnitude) per band: SNR below the excerpt's median band level,
  // tilted −12 dB from the lowest band to the highest (noise is strongest low).
  const noise = new Float64Array(B);
  if (a.noiseSnrDb !== null) {
    const levels: number[] = [];
    for (let t = 0; t < T; t++)
      for (let b = 0; b < B; b++) levels.push((frames[t * D + b]! / scale) * sd[b]! + mu[b]!);
    levels.sort((x, y) => x - y);
    const median = levels[Math.floor(levels.length / 2)] ?? Math.log(FLOOR);
    const base = Math.max(0, Math.exp(median) - FLOOR) * Math.exp(-a.noiseSnrDb * DB_TO_LN);
    for (let b = 0; b < B; b++) noise[b] = base * Math.exp((-12 * b * DB_TO_LN) / (B - 1));
  }
  for (let t = 0; t < T; t++) {
    const row = t * D;
    for (let b = 0; b < B; b++) {
      const y = (frames[row + b]! / scale) * sd[b]! + mu[b]!;
      const s = Math.max(0, (frames[row + B + b]! / scale) * sd[B + b]! + mu[B + b]!);
      // Gain/tilt/attenuation: y1 = log(a·(e^y − 0.01) + 0.01), dy1/dy = a·e^y / (a·(e^y − 0.01) + 0.01).
      const e = Math.exp(y);
      const signal = Math.max(0, e - FLOOR);
      const e1 = amp[b]! * signal + FLOOR;
      let deriv = signal > 0 ? (amp[b]! * e) / e1 : 0;
      // Noise: y2 = log(e^y1 + n), dy2/dy1 = e^y1 / (e^y1 + n).
      const e2 = e1 + noise[b]!;
      deriv *= e1 / e2;
      let y2 = Math.log(e2);
      let s2 = s * deriv;
      if (a.jitter > 0 && rng) {
        y2 += a.jitter * rng.normal();
        s2 *= Math.max(0, 1 + a.jitter * rng.normal());
      }
      out[row + b] = clamp(((y2 - mu[b]!) / sd[b]!) * scale, -2, 2);
      out[row + B + b] = clamp(((s2 - mu[B + b]!) / sd[B + b]!) * scale, -2, 2);
    }
  }
  return out;
}

/**
 * The augmenter to pass to src/ml's `train({ augment })` and `excerptRetrievalMetrics(..., { augment })`
 * for vmr-logmel@1 features: a fresh chain per excerpt (drawLogmelAugmentation), then applyLogmelAugmentation.
 */
export function logmelAugmenter(
  o: LogmelAugmentOptions = {},
): (frames: Float32Array, T: number, D: number, rng: AugmentRandom) => Float32Array {
  return (frames, T, D, rng) => applyLogmelAugmentation(frames, T, D, drawLogmelAugmentation(rng, o), rng);
}
