/**
 * The audio side of the media module: decoding (ffmpeg, or audio-decode without it), the
 * versioned log-mel front end (docs/media.md, "Audio front end") and the estimates of duration,
 * tempo, key and loudness. The only file outside src/media/audio imports.
 */
import { performance } from 'node:perf_hooks';
import { MediaError } from '../errors.js';
import { analyseAudio, type AudioAnalysis } from './analyse-audio.js';
import { audioFeaturesFromLogMel, padToOnePatch, type AudioFeatures } from './audio-features.js';
import { decodeAudio } from './decode.js';
import type { DecodeOptions } from './decode-limits.js';
import { logMelSpectrogram } from './log-mel.js';
import { isSilent } from './silence.js';

export { analyseAudio } from './analyse-audio.js';
export type { AudioAnalysis } from './analyse-audio.js';
export { AUDIO_FEATURE_DIM, audioFeaturesFromSamples } from './audio-features.js';
export type { AudioFeatures } from './audio-features.js';
export { decodeAudio } from './decode.js';
export { DEFAULT_MAX_SECONDS, SAMPLE_RATE } from './decode-limits.js';
export type { DecodedAudio, DecodeOptions } from './decode-limits.js';
export { AUDIO_FRONT_END } from './front-end-spec.js';
export { LOG_MEL } from './log-mel.js';
export { SILENCE_DBFS } from './silence.js';
export type { Loudness } from './loudness.js';

export interface AudioExtraction {
  features: AudioFeatures;
  analysis: AudioAnalysis;
  durationS: number;
  timings: { decodeMs: number; featuresMs: number; analysisMs: number };
}

/**
 * A file's features and estimates in one pass: decoded once, log-mel frames computed once and
 * shared by the features and the tempo estimate. MediaError (SILENT included) for a bad file.
 */
export async function extractAudio(path: string, opts?: DecodeOptions): Promise<AudioExtraction> {
  const t0 = performance.now();
  const { samples, durationS, loudness } = await decodeAudio(path, opts);
  const t1 = performance.now();
  if (isSilent(samples))
    throw new MediaError('SILENT', `${baseName(path)} is silent: there is no music to analyse.`);
  const logMel = logMelSpectrogram(padToOnePatch(samples));
  const features = audioFeaturesFromLogMel(samples.length, logMel);
  const t2 = performance.now();
  const analysis = analyseAudio(samples, 16000, { logMel, loudness: loudness ?? null });
  const t3 = performance.now();
  return {
    features,
    analysis,
    durationS,
    timings: { decodeMs: t1 - t0, featuresMs: t2 - t1, analysisMs: t3 - t2 },
  };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
