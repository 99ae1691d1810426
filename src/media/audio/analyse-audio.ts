import { estimateKey } from './key.js';
import { frameCount, logMelSpectrogram } from './log-mel.js';
import { integratedLoudness, type Loudness } from './loudness.js';
import { estimateTempo } from './tempo.js';

export interface AudioAnalysis {
  durationS: number;
  bpm: { value: number; confidence: number } | null;
  key: { tonic: string; mode: 'MAJOR' | 'MINOR'; confidence: number } | null;
  loudnessLufs: { value: number; confidence: number } | null;
}

/**
 * Duration, tempo, key and loudness of 16 kHz mono samples (tempo.ts, key.ts, loudness.ts say
 * how and what each confidence means). An estimate that cannot be made (silence, under two slow
 * beats of audio) is null. `logMel`: the front end's frames, when the caller has them;
 * `loudness`: the decoder's measurement on the file's own channels (DecodedAudio.loudness), which
 * beats the mixdown's (integratedLoudness says why).
 */
export function analyseAudio(
  samples: Float32Array,
  sampleRate: 16000,
  opts: { logMel?: Float32Array; loudness?: Loudness | null } = {},
): AudioAnalysis {
  if (!(samples instanceof Float32Array))
    throw new TypeError('samples must be a Float32Array of 16 kHz mono audio');
  if (sampleRate !== 16000) throw new RangeError(`sampleRate must be 16000, got ${String(sampleRate)}`);
  const frames = frameCount(samples.length);
  const mel = opts.logMel ?? logMelSpectrogram(samples);
  return {
    durationS: samples.length / sampleRate,
    bpm: estimateTempo(mel, frames),
    key: estimateKey(samples, sampleRate),
    loudnessLufs: opts.loudness !== undefined ? opts.loudness : integratedLoudness(samples, sampleRate),
  };
}
