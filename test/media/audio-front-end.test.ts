import { readFileSync } from 'node:fs';
import { dequantizeYt8m } from '../../src/ml/index.js';
import { AUDIO_FRONT_END, audioFeaturesFromSamples, LOG_MEL } from '../../src/media/audio/index.js';
import { summarisePatches } from '../../src/media/audio/audio-features.js';
import { Fft, RealFft, periodicHann } from '../../src/media/audio/fft.js';
import { frameCount, logMelSpectrogram, melMatrix } from '../../src/media/audio/log-mel.js';
import { STANDARDISATION } from '../../src/media/audio/logmel-standardisation.js';
import { MediaError } from '../../src/media/errors.js';
import { assertSameFrontEnd, agreedFrontEnd, frontEndKey } from '../../src/media/front-end.js';
import { clickTrack, RATE } from './audio-signals.js';

// The front end vmr-logmel@1 against VGGish's own definition (fixtures/vggish_reference.py, its
// mel_features.py in numpy), then the per-second summary and the YouTube-8M quantisation.

const reference = JSON.parse(
  readFileSync(new URL('./fixtures/vggish-reference.json', import.meta.url), 'utf8'),
) as { frames: number; rows: Record<string, number[]> };

/** The signal vggish_reference.py builds: two tones and a slow chirp, one second. */
function referenceSignal(): Float32Array {
  const x = new Float32Array(RATE);
  for (let n = 0; n < RATE; n++) {
    const t = n / RATE;
    x[n] =
      0.3 * Math.sin(2 * Math.PI * 440 * t) +
      0.2 * Math.sin(2 * Math.PI * 3000 * t + 0.5) +
      0.05 * Math.sin(2 * Math.PI * (100 + 20 * t) * t);
  }
  return x;
}

describe('the FFT', () => {
  it('matches a direct DFT to 1e-9 (complex, 64 points)', () => {
    const n = 64;
    const re = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) + (i % 5) * 0.1);
    const im = Float64Array.from({ length: n }, (_, i) => Math.cos(i * 1.3) * 0.5);
    const [r0, i0] = [Float64Array.from(re), Float64Array.from(im)];
    new Fft(n).transform(re, im);
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        const a = (-2 * Math.PI * k * j) / n;
        sr += r0[j]! * Math.cos(a) - i0[j]! * Math.sin(a);
        si += r0[j]! * Math.sin(a) + i0[j]! * Math.cos(a);
      }
      expect(Math.abs(re[k]! - sr)).toBeLessThan(1e-9);
      expect(Math.abs(im[k]! - si)).toBeLessThan(1e-9);
    }
  });

  it('gives a real frame the same power spectrum through the half-size packing', () => {
    const frame = Float32Array.from({ length: 400 }, (_, i) => Math.sin(i * 0.11) * Math.exp(-i / 300));
    const window = periodicHann(400);
    const power = new Float64Array(257);
    new RealFft(512).powerSpectrum(frame, 0, window, power);
    const re = new Float64Array(512);
    const im = new Float64Array(512);
    for (let i = 0; i < 400; i++) re[i] = frame[i]! * window[i]!;
    new Fft(512).transform(re, im);
    for (let k = 0; k <= 256; k++) expect(power[k]).toBeCloseTo(re[k]! ** 2 + im[k]! ** 2, 9);
  });

  it('refuses a size that is not a power of two', () => {
    expect(() => new Fft(400)).toThrow(new RangeError('FFT size must be a power of two, got 400'));
  });
});

describe("VGGish's log-mel frames", () => {
  const logMel = logMelSpectrogram(referenceSignal());

  it('frame the signal as VGGish does: 1 + ⌊(n − 400)/160⌋ frames of 64 bands', () => {
    expect(frameCount(RATE)).toBe(reference.frames);
    expect(logMel.length).toBe(reference.frames * 64);
  });

  it.each(Object.keys(reference.rows))("agree with VGGish's mel_features.py at frame %s to 1e-4", (f) => {
    const row = logMel.subarray(Number(f) * 64, (Number(f) + 1) * 64);
    const want = reference.rows[f]!;
    const worst = Math.max(...want.map((v, b) => Math.abs(v - row[b]!)));
    expect(worst).toBeLessThan(1e-4);
  });

  it('use triangular HTK-mel bands from 125 to 7,500 Hz with the DC bin zeroed', () => {
    const m = melMatrix();
    expect(m).toHaveLength(257);
    expect(m[0]!.every((w) => w === 0)).toBe(true);
    const hz = (bin: number) => (bin * 8000) / 256;
    const lowest = m.findIndex((row) => row[0]! > 0);
    const highest = 256 - [...m].reverse().findIndex((row) => row[63]! > 0);
    expect(hz(lowest)).toBeGreaterThan(125);
    expect(hz(lowest - 1)).toBeLessThanOrEqual(125);
    expect(hz(highest)).toBeLessThan(7500);
    expect(hz(highest + 1)).toBeGreaterThanOrEqual(7500);
    for (const row of m) expect(row.every((w) => w >= 0 && w <= 1)).toBe(true);
  });

  it('give silence log(0.01) in every band', () => {
    const silent = logMelSpectrogram(new Float32Array(RATE));
    expect(silent.every((v) => Math.abs(v - Math.log(0.01)) < 1e-6)).toBe(true);
  });
});

describe('the per-second summary', () => {
  it('is each band’s mean and standard deviation over the 96 frames from each whole second, standardised', () => {
    const frames = 300; // 3 s of 10 ms frames: seconds 0, 1, 2 (patches at frames 0, 100, 200)
    const logMel = Float32Array.from({ length: frames * 64 }, (_, i) => Math.sin(i * 0.01) + (i % 64) * 0.01);
    const summary = summarisePatches(logMel, frames);
    expect(summary.length).toBe(3 * 128);
    const { mean, std, scale } = STANDARDISATION;
    for (const [second, band] of [
      [0, 0],
      [1, 17],
      [2, 63],
    ] as const) {
      const values = Array.from({ length: 96 }, (_, f) => logMel[(second * 100 + f) * 64 + band]!);
      const m = values.reduce((a, v) => a + v, 0) / 96;
      const sd = Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / 96);
      expect(summary[second * 128 + band]).toBeCloseTo(((m - mean[band]!) / std[band]!) * scale, 4);
      expect(summary[second * 128 + 64 + band]).toBeCloseTo(
        ((sd - mean[64 + band]!) / std[64 + band]!) * scale,
        4,
      );
    }
  });

  it('counts whole patches: a 10.5 s signal gives 10 seconds, a 0.3 s one is padded to 1', () => {
    expect(audioFeaturesFromSamples(clickTrack(120, 10.5)).frames).toBe(10);
    expect(audioFeaturesFromSamples(clickTrack(120, 0.3)).frames).toBe(1);
    expect(frameCount(Math.round(10.5 * RATE))).toBe(1048);
    expect(LOG_MEL.patchFrames).toBe(96);
  });
});

describe('audioFeaturesFromSamples', () => {
  const features = audioFeaturesFromSamples(referenceSignal());

  it('gives uint8 YouTube-8M-quantised 128-d frames recording their front end', () => {
    expect(features).toMatchObject({ frames: 1, dim: 128, dtype: 'uint8' });
    expect(features.data).toBeInstanceOf(Uint8Array);
    expect(features.data).toHaveLength(128);
    expect(features.frontEnd).toBe(AUDIO_FRONT_END);
    expect(frontEndKey(features.frontEnd)).toBe('vmr-logmel@1');
  });

  it('quantises so that the starter code’s dequantisation gives back the standardised summary', () => {
    const logMel = logMelSpectrogram(referenceSignal());
    const summary = summarisePatches(logMel, frameCount(RATE));
    const back = dequantizeYt8m(features.data);
    for (let d = 0; d < 128; d++) {
      const clipped = Math.max(-2, Math.min(2, summary[d]!));
      // One quantisation step is 4/255; clipping aside, the error is at most half a step.
      expect(Math.abs(back[d]! - clipped)).toBeLessThanOrEqual(2 / 255 + 1e-6);
    }
  });

  it('is deterministic', () => {
    expect(audioFeaturesFromSamples(referenceSignal()).data).toEqual(features.data);
  });

  it('refuses silence with MediaError SILENT', () => {
    const quiet = Float32Array.from({ length: RATE * 2 }, (_, i) => 1e-4 * Math.sin(i)); // −80 dBFS
    expect(() => audioFeaturesFromSamples(quiet)).toThrow(MediaError);
    try {
      audioFeaturesFromSamples(quiet);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'SILENT',
        message: 'The audio is silent: there is no music to analyse.',
      });
    }
  });

  it('rejects what is not a Float32Array as a programming error', () => {
    expect(() => audioFeaturesFromSamples([0, 1] as unknown as Float32Array)).toThrow(
      new TypeError('samples must be a Float32Array of 16 kHz mono audio'),
    );
  });
});

describe('front-end keys', () => {
  it('accept equal or unrecorded front ends and refuse two different ones, naming both', () => {
    expect(() => assertSameFrontEnd('vmr-logmel@1', 'vmr-logmel@1', 'features')).not.toThrow();
    expect(() => assertSameFrontEnd(null, 'vmr-logmel@1', 'features')).not.toThrow();
    expect(() => assertSameFrontEnd('vmr-logmel@1', null, 'features')).not.toThrow();
    expect(() => assertSameFrontEnd('vmr-logmel@2', 'vmr-logmel@1', 'features')).toThrow(
      'features: these features come from front end vmr-logmel@2, but the model was trained on vmr-logmel@1; extract them again with vmr-logmel@1 or use a model trained on vmr-logmel@2',
    );
  });

  it('agree on a training set of one front end and refuse a mix (unrecorded counts as one)', () => {
    expect(agreedFrontEnd(['vmr-logmel@1', 'vmr-logmel@1'], 'audio', 'data')).toBe('vmr-logmel@1');
    expect(agreedFrontEnd([null, null], 'audio', 'data')).toBeNull();
    expect(agreedFrontEnd([], 'visual', 'data')).toBeNull();
    expect(() => agreedFrontEnd(['vmr-logmel@1', null], 'audio', 'data')).toThrow(
      /^data: the audio features come from 2 front ends \(unspecified, vmr-logmel@1\); a model must be trained on one/,
    );
  });
});
