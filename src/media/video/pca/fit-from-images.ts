import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { MediaError } from '../../errors.js';
import { classifyFailure, decoderMissing, ffmpegPath, probeMedia } from '../../ffmpeg.js';
import type { FrameExtractor } from '../../frame-extractors/index.js';
import type { FrameSize } from '../frame-stream.js';
import type { FitProgress } from './fit-from-videos.js';
import type { PcaAccumulator } from './pca-accumulator.js';

/**
 * Still photographs as PCA fitting frames. A photo collection holds far fewer images than the
 * extractor has dimensions (1280 for MobileNetV2), so each photo gives `cropsPerImage` frames:
 * the whole image squashed to the extractor's input (what the video pipeline does to a frame),
 * then random crops of 25-100% of its area at aspect ratios 3:4 to 16:9, half of them mirrored,
 * each scaled to the input size. The crops are drawn from a PRNG seeded by the file's path and
 * `seed`, so a refit on the same files gives the same frames whatever their order.
 */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
]);

export const DEFAULT_CROPS_PER_IMAGE = 96;
/** The photo is decoded with its shorter side at this many pixels before cropping. */
const DECODE_SHORT_SIDE = 512;
const MIN_AREA = 0.25;
const MIN_ASPECT = 3 / 4;
const MAX_ASPECT = 16 / 9;

export interface RgbImage {
  width: number;
  height: number;
  /** rgb24, row-major. */
  data: Uint8Array;
}

/** mulberry32: a small, well-mixed 32-bit PRNG, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** FNV-1a over the UTF-16 code units of `s`, mixed with `seed`. */
function hashSeed(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
  flip: boolean;
}

/**
 * The crop boxes for one image: the whole image first, then `n - 1` random ones, in pixels of
 * an image of `width` x `height`. Deterministic in (`key`, `seed`).
 */
export function cropBoxes(width: number, height: number, n: number, key: string, seed = 1): CropBox[] {
  const rand = mulberry32(hashSeed(key, seed));
  const boxes: CropBox[] = [{ x: 0, y: 0, width, height, flip: false }];
  while (boxes.length < n) {
    const area = width * height * (MIN_AREA + (1 - MIN_AREA) * rand());
    const aspect = Math.exp(Math.log(MIN_ASPECT) + (Math.log(MAX_ASPECT) - Math.log(MIN_ASPECT)) * rand());
    const w = Math.min(width, Math.max(8, Math.round(Math.sqrt(area * aspect))));
    const h = Math.min(height, Math.max(8, Math.round(Math.sqrt(area / aspect))));
    const x = Math.floor(rand() * (width - w + 1));
    const y = Math.floor(rand() * (height - h + 1));
    boxes.push({ x, y, width: w, height: h, flip: rand() < 0.5 });
  }
  return boxes;
}

/** `box` of `img`, mirrored if asked, resampled bilinearly to `size` (rgb24). */
export function cropAndScale(img: RgbImage, box: CropBox, size: FrameSize): Uint8Array {
  const out = new Uint8Array(size.width * size.height * 3);
  const sx = box.width / size.width;
  const sy = box.height / size.height;
  for (let oy = 0; oy < size.height; oy += 1) {
    // Pixel centres: output pixel oy samples the box at (oy + 0.5) * sy - 0.5.
    const fy = Math.min(Math.max(box.y + (oy + 0.5) * sy - 0.5, 0), img.height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, img.height - 1);
    const wy = fy - y0;
    for (let ox = 0; ox < size.width; ox += 1) {
      const col = box.flip ? size.width - 1 - ox : ox;
      const fx = Math.min(Math.max(box.x + (col + 0.5) * sx - 0.5, 0), img.width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, img.width - 1);
      const wx = fx - x0;
      const o = (oy * size.width + ox) * 3;
      const a = (y0 * img.width + x0) * 3;
      const b = (y0 * img.width + x1) * 3;
      const c = (y1 * img.width + x0) * 3;
      const d = (y1 * img.width + x1) * 3;
      for (let ch = 0; ch < 3; ch += 1) {
        const top = img.data[a + ch]! * (1 - wx) + img.data[b + ch]! * wx;
        const bottom = img.data[c + ch]! * (1 - wx) + img.data[d + ch]! * wx;
        out[o + ch] = Math.round(top * (1 - wy) + bottom * wy);
      }
    }
  }
  return out;
}

/** Decodes a still image with ffmpeg, its shorter side scaled to `shortSide`, as rgb24. */
export async function decodeImage(file: string, shortSide = DECODE_SHORT_SIDE): Promise<RgbImage> {
  const name = basename(file);
  const probe = await probeMedia(file);
  if (!probe.hasVideo || !probe.width || !probe.height)
    throw new MediaError('CORRUPT', `${name} is not an image ffmpeg can read.`);
  const k = shortSide / Math.min(probe.width, probe.height);
  const width = Math.max(1, Math.round(probe.width * k));
  const height = Math.max(1, Math.round(probe.height * k));
  const bin = ffmpegPath();
  const child = spawn(
    bin,
    [
      '-nostdin',
      '-hide_banner',
      '-v',
      'error',
      '-i',
      file,
      '-frames:v',
      '1',
      // Transparent pixels over white, then the size; alpha-less images pass through unchanged.
      '-filter_complex',
      `color=white:s=${probe.width}x${probe.height}[bg];[bg][0:v]overlay=format=auto:shortest=1,scale=${width}:${height}:flags=area,format=rgb24`,
      '-f',
      'rawvideo',
      'pipe:1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? decoderMissing(bin) : e));
    child.on('close', resolve);
  });
  if (code !== 0) throw classifyFailure(stderr, name);
  const data = new Uint8Array(Buffer.concat(chunks));
  if (data.length !== width * height * 3)
    throw new MediaError(
      'CORRUPT',
      `${name} decoded to ${data.length} bytes, expected ${width * height * 3}.`,
    );
  return { width, height, data };
}

export interface AddImagesResult {
  images: string[];
  frames: number;
  failed: Array<{ file: string; error: MediaError }>;
}

/**
 * Adds `cropsPerImage` frames of each image (cropBoxes) through `extractor` into `acc`. A file
 * that is not a readable image is reported and skipped, like a video that cannot be read.
 */
export async function addImagesToPca(
  acc: PcaAccumulator,
  files: readonly string[],
  extractor: FrameExtractor,
  opts: { cropsPerImage?: number; seed?: number; onProgress?: (p: FitProgress) => void } = {},
): Promise<AddImagesResult> {
  const crops = opts.cropsPerImage ?? DEFAULT_CROPS_PER_IMAGE;
  if (!Number.isInteger(crops) || crops < 1)
    throw new RangeError(`cropsPerImage must be a positive integer, got ${crops}`);
  const images: string[] = [];
  const failed: AddImagesResult['failed'] = [];
  let total = 0;
  for (const file of files) {
    let img: RgbImage;
    try {
      img = await decodeImage(file);
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      failed.push({ file, error });
      opts.onProgress?.({ file, frames: 0, totalFrames: acc.count, done: true, error });
      continue;
    }
    const boxes = cropBoxes(img.width, img.height, crops, file, opts.seed ?? 1);
    for (let i = 0; i < boxes.length; i += extractor.batchSize) {
      const batch = boxes
        .slice(i, i + extractor.batchSize)
        .map((b) => cropAndScale(img, b, extractor.inputSize));
      acc.add(await extractor.embed(batch));
      opts.onProgress?.({ file, frames: i + batch.length, totalFrames: acc.count, done: false });
    }
    total += boxes.length;
    images.push(file);
    opts.onProgress?.({ file, frames: boxes.length, totalFrames: acc.count, done: true });
  }
  return { images, frames: total, failed };
}
