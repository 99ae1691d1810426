import type { AudioFeatures } from '../audio/index.js';

// The contract of VIDEO's src/media/video/index.ts (docs: media-interfaces), loaded on first use.
export interface VideoExtraction {
  durationS: number;
  visual: { frames: number; dim: number; dtype: 'uint8' | 'float32'; data: Uint8Array | Float32Array };
  audio: AudioFeatures | null;
  onScreenText: string | null;
  timings: { decodeMs: number; framesMs: number; ocrMs: number; audioMs: number };
  framesPerSecond: { extractor: number; ocr: number | null };
}

export async function extractVideo(
  path: string,
  opts: { maxSeconds?: number; ocr?: boolean; signal?: AbortSignal },
): Promise<VideoExtraction> {
  const video = (await import('../video/' + 'index.js')) as {
    extractVideo: (p: string, o: typeof opts) => Promise<VideoExtraction>;
  };
  return video.extractVideo(path, opts);
}
