import type { Prisma } from '../generated/prisma/client.js';
import {
  FeatureInputError,
  validateSequence,
  YT8M_MAX,
  YT8M_MIN,
  type FeatureSequence,
} from '../ml/index.js';
import { badInput } from '../errors.js';
import { SYNTHETIC_FRONT_END } from '../media/front-end.js';
import { featureBytes } from './features.js';

/**
 * The shapes the catalog stores, as the encoders take them (YouTube-8M's: 1024-d visual frame
 * features, 128-d audio features, one frame a second) and at most an hour of frames.
 */
export const FEATURE_SHAPES = {
  trackAudio: { kind: 'AUDIO', dim: 128 },
  videoVisual: { kind: 'VISUAL', dim: 1024 },
  videoAudio: { kind: 'AUDIO', dim: 128 },
} as const;
export type FeatureRole = keyof typeof FEATURE_SHAPES;
export const MAX_FEATURE_FRAMES = 3600;

/**
 * Largest magnitude a float32 feature may have. The encoders' inputs are YouTube-8M-scaled
 * (|x| <= 2); values far beyond that overflow the normalisation (1e19 squared is Infinity) and
 * would give a NaN embedding. A generous bound keeps every real feature and refuses garbage.
 */
export const MAX_FEATURE_MAGNITUDE = 1e4;

/** Checks a decoded sequence against the role's shape; BAD_USER_INPUT naming `field` otherwise. */
export function checkFeatures(seq: FeatureSequence, role: FeatureRole, field: string): FeatureSequence {
  try {
    validateSequence(seq, FEATURE_SHAPES[role].dim, MAX_FEATURE_FRAMES, field);
  } catch (error) {
    if (error instanceof FeatureInputError) throw badInput(error.message, field);
    throw error;
  }
  if (seq.dtype === 'float32') {
    const d = seq.data;
    for (let i = 0; i < d.length; i += 1) {
      if (Math.abs(d[i]!) > MAX_FEATURE_MAGNITUDE)
        throw badInput(
          `${field}: value at frame ${Math.floor(i / seq.dim)}, dim ${i % seq.dim} is ${d[i]}; features must lie within ±${MAX_FEATURE_MAGNITUDE}`,
          field,
        );
    }
  }
  return seq;
}

/**
 * The media_feature columns for a sequence (UINT8 rows are YouTube-8M-quantised in [-2, 2]).
 * `extractor` names what computed the values; by default the source does. `frontEnd` is the
 * media front end's key (src/media/front-end.ts, e.g. "vmr-logmel@1"); null: unspecified.
 */
export function featureRowData(
  seq: FeatureSequence,
  role: FeatureRole,
  source: string,
  extractor = source,
  frontEnd: string | null = null,
) {
  return {
    kind: FEATURE_SHAPES[role].kind,
    extractor,
    source,
    frontEnd,
    dim: seq.dim,
    frames: seq.frames,
    dtype: seq.dtype === 'uint8' ? ('UINT8' as const) : ('FLOAT32' as const),
    quantMin: seq.dtype === 'uint8' ? YT8M_MIN : null,
    quantMax: seq.dtype === 'uint8' ? YT8M_MAX : null,
    data: featureBytes(seq),
    // media_feature has no updated_at: a write replaces the whole sequence (an upsert's update
    // included), so the row's created_at is stamped on every write and reads as FeatureInfo.updatedAt.
    createdAt: new Date(),
  } satisfies Omit<Prisma.MediaFeatureUncheckedCreateInput, 'trackId' | 'videoId'>;
}

/** A synthetic demo feature row (front end synthetic@1): the generator stands in for VGGish (music) and Inception (frames). */
export function demoFeatureRow(
  owner: { trackId: string } | { videoId: string },
  kind: 'AUDIO' | 'VISUAL',
  seq: FeatureSequence,
  source: string,
) {
  const role: FeatureRole =
    'trackId' in owner ? 'trackAudio' : kind === 'VISUAL' ? 'videoVisual' : 'videoAudio';
  return featureRowData(
    seq,
    role,
    source,
    kind === 'AUDIO' ? 'vggish-synthetic' : 'inception-synthetic',
    SYNTHETIC_FRONT_END,
  );
}
