import {
  applyLogmelAugmentation,
  drawLogmelAugmentation,
  LOGMEL_BANDS,
  logmelAugmenter,
} from '../../src/media/audio/augment.js';
import type { LogmelAugmentation } from '../../src/media/audio/augment.js';
import { STANDARDISATION } from '../../src/media/audio/logmel-standardisation.js';
import { Rng } from '../../src/ml/util/rng.js';

const D = 2 * LOGMEL_BANDS;
const NONE: LogmelAugmentation = { gainDb: 0, tiltDb: 0, noiseSnrDb: null, lossyCutoffBand: null, jitter: 0 };
const { mean: mu, std: sd, scale } = STANDARDISATION;

/** Standardised frames around the corpus mean (z in ±0.8), as the front end stores them. */
function frames(T: number, seed = 1): Float32Array {
  const rng = new Rng(seed);
  return Float32Array.from({ length: T * D }, () => (rng.next() * 2 - 1) * 0.8);
}
const logMel = (x: Float32Array, i: number) => (x[i]! / scale) * sd[i % D]! + mu[i % D]!;

describe('vmr-logmel@1 feature augmentation', () => {
  test('0 dB, no tilt, no noise, no re-encode is the identity', () => {
    const x = frames(5);
    const y = applyLogmelAugmentation(x, 5, D, NONE);
    let worst = 0;
    x.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - y[i]!))));
    expect(worst).toBeLessThan(1e-5);
  });

  test('a gain shifts each loud band’s mean log-mel by g·ln10/20 and leaves its std', () => {
    const x = new Float32Array(3 * D); // z = 0: every band at the corpus mean
    const y = applyLogmelAugmentation(x, 3, D, { ...NONE, gainDb: 6 });
    const expected = (6 * Math.LN10) / 20;
    for (let b = 0; b < 32; b++) {
      // Bands whose level is far above the 0.01 floor: the shift is additive.
      expect(logMel(y, b) - logMel(x, b)).toBeCloseTo(expected, 1);
      expect(Math.abs(logMel(y, b) - logMel(x, b) - expected)).toBeLessThan(0.02 * expected);
      expect(logMel(y, LOGMEL_BANDS + b)).toBeCloseTo(logMel(x, LOGMEL_BANDS + b), 2);
    }
    // Converted through μ/σ: the standardised shift is the log shift / σ · scale.
    expect(y[0]! - x[0]!).toBeCloseTo((expected / sd[0]!) * scale, 2);
    // −6 dB undoes +6 dB (within float error).
    const back = applyLogmelAugmentation(y, 3, D, { ...NONE, gainDb: -6 });
    back.forEach((v, i) => expect(Math.abs(v - x[i]!)).toBeLessThan(1e-4));
  });

  test('a tilt is a linear-in-band slope, centred', () => {
    const x = new Float32Array(D);
    const y = applyLogmelAugmentation(x, 1, D, { ...NONE, tiltDb: 6 });
    const d0 = logMel(y, 0) - logMel(x, 0);
    const d20 = logMel(y, 20) - logMel(x, 20);
    expect(d0).toBeLessThan(0);
    expect(d20).toBeGreaterThan(d0);
    expect(d0).toBeCloseTo(-(3 * Math.LN10) / 20, 1);
  });

  test('noise raises quiet bands toward a floor and shrinks their std; a re-encode attenuates the top bands', () => {
    const x = frames(4, 3);
    // Make band 2 quiet (z at the bottom of the range).
    for (let t = 0; t < 4; t++) x[t * D + 2] = -2;
    const noisy = applyLogmelAugmentation(x, 4, D, { ...NONE, noiseSnrDb: 10 });
    for (let t = 0; t < 4; t++) {
      for (let b = 0; b < LOGMEL_BANDS; b++) {
        expect(logMel(noisy, t * D + b)).toBeGreaterThanOrEqual(logMel(x, t * D + b) - 1e-6);
        expect(logMel(noisy, t * D + LOGMEL_BANDS + b)).toBeLessThanOrEqual(
          logMel(x, t * D + LOGMEL_BANDS + b) + 1e-6,
        );
      }
      expect(logMel(noisy, t * D + 2) - logMel(x, t * D + 2)).toBeGreaterThan(0.1);
    }
    const lossy = applyLogmelAugmentation(x, 4, D, { ...NONE, lossyCutoffBand: 50 });
    for (let b = 0; b < LOGMEL_BANDS; b++) {
      const d = logMel(lossy, b) - logMel(x, b);
      if (b < 50) expect(Math.abs(d)).toBeLessThan(1e-5);
      else expect(d).toBeLessThan(-0.3);
    }
  });

  test('logmelAugmenter draws one chain per excerpt, seeded, and stays in the quantisation range', () => {
    const x = frames(20, 5);
    const aug = logmelAugmenter();
    const a = aug(x.slice(), 20, D, new Rng(9));
    const b = aug(x.slice(), 20, D, new Rng(9));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.every((v) => v >= -2 && v <= 2)).toBe(true);
    expect(a.some((v, i) => Math.abs(v - x[i]!) > 0.05)).toBe(true);
    const drawn = Array.from({ length: 200 }, (_, i) => drawLogmelAugmentation(new Rng(100 + i)));
    expect(drawn.every((d) => Math.abs(d.gainDb) <= 6 && Math.abs(d.tiltDb) <= 6)).toBe(true);
    const noisy = drawn.filter((d) => d.noiseSnrDb !== null).length;
    expect(noisy).toBeGreaterThan(60);
    expect(noisy).toBeLessThan(140);
    expect(() => aug(new Float32Array(64), 1, 64, new Rng(1))).toThrow(/128-d/);
  });
});
