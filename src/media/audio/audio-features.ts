import { quantizeYt8m } from '../../ml/index.js';
import { MediaError } from '../errors.js';
import type { FrontEnd } from '../front-end.js';
import { AUDIO_FRONT_END } from './front-end-spec.js';
import { frameCount, LOG_MEL, logMelSpectrogram } from './log-mel.js';
import { STANDARDISATION } from './logmel-standardisation.js';
import { isSilent } from './silence.js';

// Bound once for the per-sample loops (a global `Math` lookup per call is slow in VM contexts such as Jest's).
const { sqrt, max } = Math;

export interface AudioFeatures {
  frames: number;
  dim: 128;
  dtype: 'uint8';
  /** Row-major frames × 128, YouTube-8M-quantised over [−2, 2]. */
  data: Uint8Array;
  frontEnd: FrontEnd;
}

export const AUDIO_FEATURE_DIM = 128;

/**
 * Second s summarises the 0.96 s patch of 96 frames starting at frame 100·s (VGGish's example
 * window, placed at each whole second as YouTube-8M's features are): dims 0–63 are each band's
 * mean, dims 64–127 its standard deviation over the patch. Mean: the spectral envelope (timbre,
 * balance); standard deviation: how much each band moves within the second (attacks, tremolo,
 * rhythm), which means alone lose. Both are order-free, so a second's summary does not depend on
 * where a note falls within it. Each dim is standardised, z = (x − μ_d)/σ_d, then scaled by
 * STANDARDISATION.scale so that ±2, the quantisation range, is ±2.7σ.
 */
export function summarisePatches(logMel: Float32Array, logMelFrames: number): Float32Array {
  const bands = LOG_MEL.melBands;
  const { patchFrames, framesPerSecond } = LOG_MEL;
  const seconds =
    logMelFrames < patchFrames ? 0 : 1 + Math.floor((logMelFrames - patchFrames) / framesPerSecond);
  const out = new Float32Array(seconds * AUDIO_FEATURE_DIM);
  const { mean, std, scale } = STANDARDISATION;
  const sum = new Float64Array(bands);
  const sumSq = new Float64Array(bands);
  for (let s = 0; s < seconds; s++) {
    sum.fill(0);
    sumSq.fill(0);
    for (let f = s * framesPerSecond; f < s * framesPerSecond + patchFrames; f++) {
      const row = f * bands;
      for (let b = 0; b < bands; b++) {
        const v = logMel[row + b]!;
        sum[b]! += v;
        sumSq[b]! += v * v;
      }
    }
    const o = s * AUDIO_FEATURE_DIM;
    for (let b = 0; b < bands; b++) {
      const m = sum[b]! / patchFrames;
      const sd = sqrt(max(0, sumSq[b]! / patchFrames - m * m));
      out[o + b] = ((m - mean[b]!) / std[b]!) * scale;
      out[o + bands + b] = ((sd - mean[bands + b]!) / std[bands + b]!) * scale;
    }
  }
  return out;
}

/** One patch of samples: 95 hops and a window (0.975 s). */
const MIN_SAMPLES = (LOG_MEL.patchFrames - 1) * LOG_MEL.hopLength + LOG_MEL.windowLength;

/**
 * Per-second 128-d features of 16 kHz mono samples under AUDIO_FRONT_END.
 * MediaError SILENT when the audio is silent (silence.ts): silence has no music to describe.
 */
export function audioFeaturesFromSamples(samples: Float32Array): AudioFeatures {
  if (!(samples instanceof Float32Array))
    throw new TypeError('samples must be a Float32Array of 16 kHz mono audio');
  if (isSilent(samples)) throw new MediaError('SILENT', 'The audio is silent: there is no music to analyse.');
  return audioFeaturesFromLogMel(samples.length, logMelSpectrogram(padToOnePatch(samples)));
}

/** Samples shorter than one patch are padded with silence to one patch (0.975 s). */
export function padToOnePatch(samples: Float32Array): Float32Array {
  if (samples.length >= MIN_SAMPLES) return samples;
  const padded = new Float32Array(MIN_SAMPLES);
  padded.set(samples);
  return padded;
}

/** The features from log-mel frames already computed (extractAudio shares them with the tempo). */
export function audioFeaturesFromLogMel(sampleCount: number, logMel: Float32Array): AudioFeatures {
  const frames = frameCount(Math.max(sampleCount, MIN_SAMPLES));
  const summary = summarisePatches(logMel, frames);
  return {
    frames: summary.length / AUDIO_FEATURE_DIM,
    dim: AUDIO_FEATURE_DIM,
    dtype: 'uint8',
    data: quantizeYt8m(summary),
    frontEnd: AUDIO_FRONT_END,
  };
}
