import type { Loudness } from './loudness.js';

/** The one output format of every decoder here: VGGish's 16 kHz mono. */
export const SAMPLE_RATE = 16_000;

/**
 * Longest audio decoded by default: an hour, the catalog's feature limit (MAX_FEATURE_FRAMES,
 * one frame a second). Callers with a stricter limit (search uploads) pass `maxSeconds`.
 */
export const DEFAULT_MAX_SECONDS = 3600;

export interface DecodeOptions {
  maxSeconds?: number;
  signal?: AbortSignal;
}

export interface DecodedAudio {
  /** The mean of the channels (VGGish's mixdown, `np.mean(data, axis=1)`), at 16 kHz. */
  samples: Float32Array;
  sampleRate: typeof SAMPLE_RATE;
  durationS: number;
  /** Integrated loudness of the file's own channels, metered while decoding (loudness.ts). */
  loudness?: Loudness | null;
}

export function checkMaxSeconds(opts: DecodeOptions | undefined): number {
  const max = opts?.maxSeconds ?? DEFAULT_MAX_SECONDS;
  if (!(max > 0) || !Number.isFinite(max))
    throw new RangeError(`maxSeconds must be a positive number, got ${max}`);
  return max;
}

export function formatSeconds(s: number): string {
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  return m > 0 ? `${m} min ${rest} s` : `${Math.round(s * 10) / 10} s`;
}
