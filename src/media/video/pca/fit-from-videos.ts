import { basename } from 'node:path';
import { MediaError } from '../../errors.js';
import { classifyFailure, probeMedia } from '../../ffmpeg.js';
import type { FrameExtractor } from '../../frame-extractors/index.js';
import { streamFrames } from '../frame-stream.js';
import type { FramePcaParams } from './frame-pca.js';
import { fitFramePca } from './frame-pca.js';
import { PcaAccumulator } from './pca-accumulator.js';

export interface FitProgress {
  file: string;
  frames: number;
  totalFrames: number;
  /** The file is finished (read whole, or skipped with `error`). */
  done: boolean;
  error?: MediaError;
}

export interface FitResult {
  params: FramePcaParams;
  frames: number;
  videos: string[];
  failed: Array<{ file: string; error: MediaError }>;
}

/**
 * Fits the frame PCA on videos: each one's 1 fps frames go through `extractor` into a streaming
 * covariance (PcaAccumulator), never all in memory. A file that is not a readable video is
 * reported and skipped, like any batch here.
 */
export async function fitFramePcaOnVideos(
  files: readonly string[],
  extractor: FrameExtractor,
  opts: { maxSecondsPerVideo?: number; relativeEpsilon?: number; onProgress?: (p: FitProgress) => void } = {},
): Promise<FitResult> {
  const acc = new PcaAccumulator(extractor.dim);
  const { videos, failed } = await addVideosToPca(acc, files, extractor, opts);
  return { params: fitAccumulated(acc, opts.relativeEpsilon), frames: acc.count, videos, failed };
}

/** The PCA of what `acc` holds (at least 2 frames). */
export function fitAccumulated(acc: PcaAccumulator, relativeEpsilon?: number): FramePcaParams {
  if (acc.count < 2)
    throw new RangeError(`fitting a PCA needs at least 2 frames; the inputs gave ${acc.count}`);
  return fitFramePca(acc, relativeEpsilon === undefined ? {} : { relativeEpsilon });
}

/** Adds each video's 1 fps frames through `extractor` into `acc`; unreadable files are skipped. */
export async function addVideosToPca(
  acc: PcaAccumulator,
  files: readonly string[],
  extractor: FrameExtractor,
  opts: { maxSecondsPerVideo?: number; onProgress?: (p: FitProgress) => void } = {},
): Promise<Pick<FitResult, 'videos' | 'failed'>> {
  const videos: string[] = [];
  const failed: FitResult['failed'] = [];
  for (const file of files) {
    try {
      const probe = await probeMedia(file);
      if (!probe.hasVideo) throw new MediaError('NO_VIDEO_STREAM', `${basename(file)} has no video stream.`);
      const stream = streamFrames(file, {
        size: extractor.inputSize,
        maxSeconds: opts.maxSecondsPerVideo ?? 3600,
      });
      let frames = 0;
      try {
        let batch: Uint8Array[] = [];
        for await (const frame of stream.frames) {
          batch.push(frame);
          if (batch.length === extractor.batchSize) {
            acc.add(await extractor.embed(batch));
            frames += batch.length;
            batch = [];
            opts.onProgress?.({ file, frames, totalFrames: acc.count, done: false });
          }
        }
        if (batch.length > 0) acc.add(await extractor.embed(batch));
        frames += batch.length;
        const { code, stderr } = await stream.finished;
        if (code !== 0) throw classifyFailure(stderr, basename(file));
      } finally {
        stream.stop();
      }
      videos.push(file);
      opts.onProgress?.({ file, frames, totalFrames: acc.count, done: true });
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      failed.push({ file, error });
      opts.onProgress?.({ file, frames: 0, totalFrames: acc.count, done: true, error });
    }
  }
  return { videos, failed };
}
