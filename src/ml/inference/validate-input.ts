import { FeatureInputError } from '../features/errors.js';
import { tokenize } from '../features/text-hashing.js';
import { validateSequence } from '../features/feature-sequence.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { VideoInput } from '../data/dataset.js';
import type { ModelManifest } from '../export/manifest.js';

export function validateMusic(m: ModelManifest, seqs: FeatureSequence[]): void {
  if (!Array.isArray(seqs)) throw new TypeError(`embedMusic: seqs must be an array, got ${typeof seqs}`);
  seqs.forEach((s, i) => validateSequence(s, m.features.music.audioDim, m.maxFrames, `music[${i}]`));
}

/** A video needs at least one usable modality; text-only needs a model with a text branch. */
export function validateVideo(m: ModelManifest, inputs: VideoInput[]): void {
  if (!Array.isArray(inputs))
    throw new TypeError(`embedVideo: inputs must be an array, got ${typeof inputs}`);
  inputs.forEach((v, i) => {
    if (v === null || typeof v !== 'object')
      throw new FeatureInputError(
        'EMPTY_INPUT',
        `video[${i}]: expected an object with visual, audio or text`,
      );
    if (v.visual) validateSequence(v.visual, m.features.video.visualDim, m.maxFrames, `video[${i}].visual`);
    if (v.audio) validateSequence(v.audio, m.features.video.audioDim, m.maxFrames, `video[${i}].audio`);
    const text = [v.text?.title, v.text?.onScreenText, v.text?.captions];
    for (const t of text)
      if (t !== undefined && typeof t !== 'string')
        throw new FeatureInputError('EMPTY_INPUT', `video[${i}].text fields must be strings`);
    const hasText = tokenize(text.filter(Boolean).join(' ')).length > 0;
    if (!v.visual && !v.audio && !hasText) {
      throw new FeatureInputError(
        'EMPTY_INPUT',
        `video[${i}]: needs visual or audio features, or non-empty text`,
      );
    }
    if (!v.visual && !v.audio && !m.hasText) {
      throw new FeatureInputError(
        'EMPTY_INPUT',
        `video[${i}]: text-only input, but model ${m.version} has no text encoder`,
      );
    }
  });
}
