import { createHash } from 'node:crypto';
import type { Split, TrainingDataset } from '../data/dataset.js';
import { featureValue } from '../features/feature-sequence.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { VideoText } from '../features/text-hashing.js';

/**
 * What a training run learns from (docs/ml.md, "Objectives"):
 * - `video_music`: video–music pairs (`TrainOptions.dataset`), the II loss; the default.
 * - `music_self_supervised`: the music tower alone on the catalog's recordings
 *   (`TrainOptions.recordings`): an augmented excerpt against the whole recording.
 * - `text_to_music`: each track's text against its audio (`TrainOptions.textDataset`, text-only videos).
 */
export type TrainingObjective = 'video_music' | 'music_self_supervised' | 'text_to_music';

export const TRAINING_OBJECTIVES: readonly TrainingObjective[] = [
  'video_music',
  'music_self_supervised',
  'text_to_music',
];

/** One catalog recording for `music_self_supervised`; splits are by whole recording (the caller assigns them). */
export interface MusicRecording {
  id: string;
  audio: FeatureSequence;
  split: Split;
  /**
   * The same recording degraded in the audio domain (gain, noise, a low-bitrate re-encode),
   * extracted by the same front end, aligned second by second with `audio`: view A is cut from
   * one of them (at random, beside the clean features through `augment`) when present.
   */
  variants?: FeatureSequence[];
}

/** The randomness an augmenter may draw from (the trainer passes its seeded generator). */
export interface AugmentRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal. */
  normal(): number;
}

/**
 * Feature augmentation for view A of `music_self_supervised` and the excerpt-retrieval queries:
 * `frames` is T×D row-major, dequantised (float32, the values the encoder sees); returns a new
 * T×D array (it may also modify and return `frames`). src/ml knows no front end: the concrete
 * augmenter for vmr-logmel@1 is `logmelAugmenter()` in src/media/audio/augment.ts.
 */
export type FeatureAugmenter = (
  frames: Float32Array,
  T: number,
  D: number,
  rng: AugmentRandom,
) => Float32Array;

/** Window lengths of the self-supervised views and of the excerpt-retrieval queries, in seconds (frames). */
export const EXCERPT_WINDOW = {
  /** Training view A: a window of minSeconds..maxSeconds (uniform integer) at a random offset. */
  minSeconds: 15,
  maxSeconds: 30,
  /** Evaluation query: a 20 s window at a seeded offset. */
  querySeconds: 20,
} as const;

/** Frames [start, start + length) of a sequence as dequantised float32, T×D. */
export function dequantizedWindow(seq: FeatureSequence, start: number, length: number): Float32Array {
  const d = seq.dim;
  if (seq.dtype === 'float32') return (seq.data as Float32Array).slice(start * d, (start + length) * d);
  const out = new Float32Array(length * d);
  for (let i = 0; i < length * d; i++) out[i] = featureValue(seq, start * d + i);
  return out;
}

/**
 * An excerpt of `seq`: `length` frames at `offset` (the whole sequence when it is shorter),
 * passed through `augment` when given, as a float32 sequence.
 */
export function excerptOf(
  seq: FeatureSequence,
  length: number,
  offset: number,
  augment: FeatureAugmenter | undefined,
  rng: AugmentRandom,
): FeatureSequence {
  const L = Math.min(length, seq.frames);
  const start = Math.max(0, Math.min(offset, seq.frames - L));
  let data = dequantizedWindow(seq, start, L);
  if (augment) {
    data = augment(data, L, seq.dim, rng);
    if (data.length !== L * seq.dim)
      throw new RangeError(`augment: returned ${data.length} values, expected ${L}×${seq.dim}`);
  }
  return { frames: L, dim: seq.dim, dtype: 'float32', data };
}

/** sha256 over the recordings' ids, splits and feature bytes (identifies the self-supervised training data). */
export function recordingsHash(recordings: MusicRecording[]): string {
  const h = createHash('sha256');
  for (const r of recordings) {
    const s = r.audio;
    h.update(`r:${r.id}:${r.split}:${s.frames}x${s.dim}:${s.dtype}`);
    h.update(new Uint8Array(s.data.buffer, s.data.byteOffset, s.data.byteLength));
  }
  return h.digest('hex');
}

/** A catalog track for `text_to_music`: its text (title, tags, artists, ... as a VideoText) and its audio. */
export interface TextTrack {
  id: string;
  text: VideoText;
  audio: FeatureSequence;
  split: Split;
}

/**
 * The `text_to_music` dataset: one text-only video (id `text:<track id>`) per track, paired with
 * the track. Held-out splits rank every track of the split, as `video_music` does.
 */
export function textToMusicDataset(tracks: TextTrack[], name = 'text-to-music'): TrainingDataset {
  return {
    name,
    videos: tracks.map((t) => ({ id: `text:${t.id}`, text: t.text })),
    tracks: tracks.map((t) => ({ id: t.id, audio: t.audio })),
    pairs: tracks.map((t) => ({ videoId: `text:${t.id}`, trackId: t.id, split: t.split })),
  };
}

/** Checks a `text_to_music` dataset: every video carries text and nothing else. */
export function checkTextDataset(ds: TrainingDataset): void {
  for (const v of ds.videos) {
    if (v.visual || v.audio)
      throw new RangeError(
        `train: textDataset video '${v.id}' has visual or audio features; text_to_music videos carry only text`,
      );
    if (!v.text || !(v.text.title || v.text.captions || v.text.onScreenText))
      throw new RangeError(`train: textDataset video '${v.id}' has no text`);
  }
}

/** FNV-1a of a string: seeds each query's window and augmentation from its recording id. */
export function idSeed(id: string, seed: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0 || 1;
}
