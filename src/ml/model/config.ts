/** Architecture hyper-parameters of II-CLVM / II-CLVTM (defaults sized to train in minutes on 2 cores). */
export interface ModelConfig {
  /** Joint embedding dimension D. */
  dim: number;
  /** Width of the frame projection and of the MLP. */
  hidden: number;
  /** Global Sparse sampling: number of segments S. */
  segments: number;
  visualDim: number;
  audioDim: number;
  musicDim: number;
  /** II-CLVTM: fuse the video's text cues into the video tower. */
  useText: boolean;
  /** Hash buckets of the text embedding bag. */
  textBuckets: number;
  textDim: number;
  /** Maximum hashed n-grams per video. */
  maxTextTokens: number;
  /** Longest accepted feature sequence, in frames (seconds). */
  maxFrames: number;
}

export const DEFAULT_MODEL_CONFIG: ModelConfig = {
  dim: 256,
  hidden: 256,
  segments: 16,
  visualDim: 1024,
  audioDim: 128,
  musicDim: 128,
  useText: true,
  textBuckets: 8192,
  textDim: 64,
  maxTextTokens: 96,
  maxFrames: 3600,
};

/** Per-frame input width of the video tower: visual ⊕ the optional audio track. */
export function videoFrameDim(c: ModelConfig): number {
  return c.visualDim + c.audioDim;
}

/** Presence flags fed to the video tower: [hasVisual, hasAudio, hasText]. */
export const VIDEO_FLAGS = 3;

export function validateModelConfig(c: ModelConfig): ModelConfig {
  for (const k of [
    'dim',
    'hidden',
    'segments',
    'visualDim',
    'audioDim',
    'musicDim',
    'textBuckets',
    'textDim',
    'maxTextTokens',
    'maxFrames',
  ] as const) {
    const v = c[k];
    if (!Number.isInteger(v) || v < 1)
      throw new RangeError(`model config: ${k} must be a positive integer, got ${v}`);
  }
  return c;
}
