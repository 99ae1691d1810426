import type { KeyMode, TrackStatus } from '../generated/prisma/enums.js';
import { badInput } from '../errors.js';
import {
  BPM_RANGE,
  DURATION_RANGE,
  LOUDNESS_RANGE,
  nonEmpty,
  normalizeIsrc,
  normalizeKey,
  normalizeLanguage,
  numberInRange,
} from './validation.js';

/** A track's own columns as editors and imports supply them (undefined: leave as is). */
export interface TrackFieldsInput {
  isrc?: string | null;
  title?: string | null;
  durationSec?: number | null;
  bpm?: number | null;
  key?: string | null;
  mode?: KeyMode | null;
  hasVocals?: boolean | null;
  explicit?: boolean | null;
  energy?: number | null;
  /** Integrated loudness, LUFS. */
  loudness?: number | null;
  releaseDate?: Date | null;
  language?: string | null;
  status?: TrackStatus | null;
}

export interface TrackColumns {
  isrc?: string;
  title?: string;
  durationSec?: number;
  bpm?: number | null;
  musicalKey?: string | null;
  mode?: KeyMode | null;
  hasVocals?: boolean;
  explicit?: boolean;
  energy?: number | null;
  loudnessLufs?: number | null;
  releaseDate?: Date | null;
  language?: string | null;
  status?: TrackStatus;
}

const REQUIRED = ['isrc', 'title', 'durationSec'] as const;

/**
 * Validates and normalises track columns. With `complete`, the required fields must be present
 * (create); otherwise only the given ones are checked (update). `prefix` qualifies field names
 * in error messages, e.g. `input.bpm`.
 */
export function toTrackColumns(input: TrackFieldsInput, complete: boolean, prefix = 'input.'): TrackColumns {
  const out: TrackColumns = {};
  const field = (name: string) => `${prefix}${name}`;
  for (const name of REQUIRED) {
    if ((complete && input[name] == null) || (!complete && input[name] === null)) {
      throw badInput(`${field(name)} is required`, field(name));
    }
  }
  if (input.isrc != null) out.isrc = normalizeIsrc(input.isrc, field('isrc'));
  if (input.title != null) out.title = nonEmpty(input.title, field('title'));
  if (input.durationSec != null) {
    out.durationSec = numberInRange(
      input.durationSec,
      DURATION_RANGE.min,
      DURATION_RANGE.max,
      field('durationSec'),
    );
  }
  if (input.bpm !== undefined) {
    out.bpm =
      input.bpm === null ? null : numberInRange(input.bpm, BPM_RANGE.min, BPM_RANGE.max, field('bpm'));
  }
  if (input.key !== undefined)
    out.musicalKey = input.key === null ? null : normalizeKey(input.key, field('key'));
  if (input.mode !== undefined) out.mode = input.mode;
  if (input.hasVocals != null) out.hasVocals = input.hasVocals;
  if (input.explicit != null) out.explicit = input.explicit;
  if (input.energy !== undefined)
    out.energy = input.energy === null ? null : numberInRange(input.energy, 0, 1, field('energy'));
  if (input.loudness !== undefined) {
    out.loudnessLufs =
      input.loudness === null
        ? null
        : numberInRange(input.loudness, LOUDNESS_RANGE.min, LOUDNESS_RANGE.max, field('loudness'));
  }
  if (input.releaseDate !== undefined) out.releaseDate = input.releaseDate;
  if (input.language !== undefined) {
    out.language = input.language === null ? null : normalizeLanguage(input.language, field('language'));
  }
  if (input.status != null) out.status = input.status;
  return out;
}
