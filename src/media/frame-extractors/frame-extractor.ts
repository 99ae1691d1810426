/**
 * A frame extractor turns decoded video frames into one feature vector each: the stage that
 * YouTube-8M filled with Inception-v3's 2048-d pooled layer, before its PCA to 1024-d.
 * Frames arrive as packed rgb24 (row-major, 3 bytes a pixel) at exactly `inputSize`, which the
 * decoder (ffmpeg's scale filter) produces, so an extractor never resizes.
 */
export interface FrameExtractor {
  /** Stable identifier, part of the visual front end's name (e.g. "mobilenetv2-nsfwjs"). */
  readonly id: string;
  /** Bumped when the weights or the preprocessing change: features of two versions differ. */
  readonly version: number;
  /** Length of each frame's feature vector. */
  readonly dim: number;
  readonly inputSize: { readonly width: number; readonly height: number };
  /** How many frames one `embed` call takes at best (the video pipeline batches that many). */
  readonly batchSize: number;
  /** Feature vectors of `frames`, row-major (frames.length x dim). */
  embed(frames: readonly Uint8Array[]): Promise<Float32Array>;
}

/** Bytes of one rgb24 frame at the extractor's input size. */
export function frameBytes(size: { width: number; height: number }): number {
  return size.width * size.height * 3;
}

/** Programmer misuse: a frame of the wrong size would silently misalign every pixel. */
export function checkFrames(extractor: FrameExtractor, frames: readonly Uint8Array[]): void {
  const want = frameBytes(extractor.inputSize);
  frames.forEach((f, i) => {
    if (f.length !== want)
      throw new RangeError(
        `${extractor.id}: frame ${i} has ${f.length} bytes, expected ${want} (${extractor.inputSize.width}x${extractor.inputSize.height} rgb24)`,
      );
  });
}
