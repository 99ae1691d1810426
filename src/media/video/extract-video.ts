import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { VideoConfig } from '../../config.js';
import { loadConfig } from '../../config.js';
import type { AudioFeatures } from '../audio/index.js';
import { audioFeaturesFromSamples, decodeAudio } from '../audio/index.js';
import { MediaError } from '../errors.js';
import { classifyFailure, probeMedia, reportsDamage } from '../ffmpeg.js';
import type { FrontEnd } from '../front-end.js';
import { ocrReader, OnScreenText } from '../ocr/index.js';
import type { FrameSize } from './frame-stream.js';
import { streamFrames } from './frame-stream.js';
import { VISUAL_DIM } from './pca/frame-pca.js';
import { visualFrontEnd } from './visual-front-end.js';

export interface VisualFeatures {
  frames: number;
  dim: typeof VISUAL_DIM;
  dtype: 'uint8' | 'float32';
  data: Uint8Array | Float32Array;
  frontEnd: FrontEnd;
}

export interface VideoExtraction {
  durationS: number;
  visual: VisualFeatures;
  /** The video's own audio track (null when it has none or it is silent). */
  audio: AudioFeatures | null;
  /** OCR'd on-screen text, one line per distinct text; null when OCR is off or read nothing. */
  onScreenText: string | null;
  /**
   * decodeMs: probing plus the time spent waiting on ffmpeg for frames; framesMs: extractor + PCA;
   * ocrMs: OCR of the sampled frames; audioMs: the audio track's decode and features; loadMs: the
   * models' one-off load (0 once warm); totalMs: wall clock. OCR and audio overlap the frames
   * (other threads and processes), so the parts can sum to more than totalMs.
   */
  timings: {
    decodeMs: number;
    framesMs: number;
    ocrMs: number;
    audioMs: number;
    loadMs: number;
    totalMs: number;
  };
  /** Frames a second through the extractor (PCA included) and through OCR (null when off). */
  framesPerSecond: { extractor: number; ocr: number | null };
  /** Frames read by OCR (after skipping near-duplicates). */
  ocrFrames: number;
}

export interface ExtractVideoOptions {
  /** Longest accepted video, seconds (default MEDIA_MAX_SECONDS). */
  maxSeconds?: number;
  /** Read on-screen text (default VMR_OCR). */
  ocr?: boolean;
  signal?: AbortSignal;
  /** Defaults to the environment's (src/config.ts). */
  config?: VideoConfig;
}

/** The encoders' and the catalog's cap on frames (an hour at one a second). */
const MAX_FRAMES = 3600;
/** OCR frames no wider than this: PP-OCR's detector runs at the image's own size. */
const OCR_MAX_WIDTH = 640;

/**
 * A video file's features, YouTube-8M style: 1 fps frames through the configured extractor and
 * its PCA (1024-d, uint8), the audio track through the audio front end, and optionally the
 * on-screen text. MediaError NO_VIDEO_STREAM / TOO_LONG / CORRUPT / UNSUPPORTED_CODEC for the file.
 */
export async function extractVideo(path: string, opts: ExtractVideoOptions = {}): Promise<VideoExtraction> {
  if (typeof path !== 'string' || path === '')
    throw new TypeError(`path must be a file path, got ${String(path)}`);
  const t0 = performance.now();
  const app = opts.config ? undefined : loadConfig();
  const config = opts.config ?? app!.video;
  const maxSeconds = opts.maxSeconds ?? app?.uploads.maxSeconds ?? loadConfig().uploads.maxSeconds;
  const wantOcr = opts.ocr ?? config.ocr;
  const name = basename(path);
  opts.signal?.throwIfAborted();

  const probe = await probeMedia(path);
  if (!probe.hasVideo)
    throw new MediaError(
      'NO_VIDEO_STREAM',
      `${name} has no video stream; upload a video file, or attach it as a track's audio.`,
    );
  if (probe.durationS > maxSeconds)
    throw new MediaError(
      'TOO_LONG',
      `${name} lasts ${Math.round(probe.durationS)} s; videos are limited to ${maxSeconds} s.`,
    );
  const probeMs = performance.now() - t0;

  const tLoad = performance.now();
  const [fe, ocr] = await Promise.all([visualFrontEnd(config), wantOcr ? ocrReader() : null]);
  const loadMs = performance.now() - tLoad;

  // One controller stops ffmpeg, the audio decode and the OCR queue when any of them fails.
  opts.signal?.throwIfAborted();
  const abort = new AbortController();
  const stopAll = () => abort.abort();
  opts.signal?.addEventListener('abort', stopAll, { once: true });

  const audio = probe.hasAudio
    ? videoAudio(path, maxSeconds, abort.signal)
    : Promise.resolve({ features: null, ms: 0 });
  audio.catch(() => {}); // awaited below; a failure meanwhile must not be an unhandled rejection

  const text = new OnScreenText();
  let ocrQueue: Promise<void> = Promise.resolve();
  let ocrMs = 0;
  let ocrFrames = 0;
  let lastOcr: Uint8Array | undefined;
  const ocrSize = ocrFrameSize(probe.width, probe.height);
  const onOcrFrame = (rgb: Uint8Array) => {
    ocrQueue = ocrQueue.then(async () => {
      if (abort.signal.aborted || (lastOcr && nearlySame(lastOcr, rgb))) return;
      lastOcr = rgb;
      const t = performance.now();
      text.add(await ocr!.read(rgb, ocrSize.width, ocrSize.height));
      ocrMs += performance.now() - t;
      ocrFrames += 1;
    });
    ocrQueue.catch(() => {});
  };

  const { extractor, projection } = fe;
  const stream = streamFrames(path, {
    size: extractor.inputSize,
    maxSeconds,
    signal: abort.signal,
    ...(ocr
      ? {
          ocr: {
            everyS: config.ocrEveryS,
            maxFrames: config.ocrMaxFrames,
            size: ocrSize,
            onFrame: onOcrFrame,
          },
        }
      : {}),
  });

  const rows: Uint8Array[] = [];
  let framesMs = 0;
  try {
    let batch: Uint8Array[] = [];
    const flush = async () => {
      const t = performance.now();
      rows.push(projection.quantize(projection.project(await extractor.embed(batch))));
      framesMs += performance.now() - t;
      batch = [];
    };
    for await (const frame of stream.frames) {
      batch.push(frame);
      if (batch.length === extractor.batchSize) await flush();
      // Let the OCR queue and the audio decode's callbacks run between CNN batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (batch.length > 0) await flush();
    const { code, stderr } = await stream.finished;
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (code !== 0) throw classifyFailure(stderr, name);
    const frames = rows.reduce((n, r) => n + r.length / VISUAL_DIM, 0);
    // A cut-off file often decodes "successfully" up to the cut: compare with the stated length.
    const expected = Math.floor(Math.min(probe.durationS, maxSeconds));
    if (frames === 0 || (frames < 0.9 * expected - 1 && reportsDamage(stderr)) || frames < 0.5 * expected - 1)
      throw new MediaError(
        'CORRUPT',
        `${name} is corrupt or truncated: ${frames} of its ${expected} seconds of video could be decoded.`,
      );
    await ocrQueue;
    const audioResult = await audio;

    const kept = Math.min(frames, MAX_FRAMES);
    const data = new Uint8Array(kept * VISUAL_DIM);
    let off = 0;
    for (const r of rows) {
      const n = Math.min(r.length, data.length - off);
      data.set(r.subarray(0, n), off);
      off += n;
    }
    return {
      durationS: probe.durationS > 0 ? probe.durationS : frames,
      visual: { frames: kept, dim: VISUAL_DIM, dtype: 'uint8', data, frontEnd: fe.frontEnd },
      audio: audioResult.features,
      onScreenText: ocr ? text.text() : null,
      timings: {
        decodeMs: probeMs + stream.waitedMs(),
        framesMs,
        ocrMs,
        audioMs: audioResult.ms,
        loadMs,
        totalMs: performance.now() - t0,
      },
      framesPerSecond: {
        extractor: framesMs > 0 ? (frames * 1000) / framesMs : 0,
        ocr: ocr ? (ocrMs > 0 ? (ocrFrames * 1000) / ocrMs : 0) : null,
      },
      ocrFrames,
    };
  } catch (error) {
    stopAll();
    throw error;
  } finally {
    stream.stop();
    opts.signal?.removeEventListener('abort', stopAll);
  }
}

/**
 * Loads the configured extractor, its PCA and (when on) OCR ahead of the first video, so the
 * first upload does not pay their load (about 1 s idle; several on a loaded machine).
 */
export async function warmUpVideo(config: VideoConfig = loadConfig().video): Promise<void> {
  await Promise.all([visualFrontEnd(config), config.ocr ? ocrReader() : null]);
}

/** The audio track through the audio front end; silence is "no music", not an error. */
async function videoAudio(path: string, maxSeconds: number, signal: AbortSignal) {
  const t = performance.now();
  const { samples } = await decodeAudio(path, { maxSeconds, signal });
  let features: AudioFeatures | null = null;
  try {
    features = audioFeaturesFromSamples(samples);
  } catch (error) {
    if (!(error instanceof MediaError && error.code === 'SILENT')) throw error;
  }
  return { features, ms: performance.now() - t };
}

/** At most OCR_MAX_WIDTH wide, the source's aspect, even sides (what rawvideo and pad want). */
function ocrFrameSize(width: number | undefined, height: number | undefined): FrameSize {
  const w = width && height ? Math.min(OCR_MAX_WIDTH, width) : OCR_MAX_WIDTH;
  const h = width && height ? (w * height) / width : (w * 9) / 16;
  const even = (x: number) => Math.max(2, 2 * Math.round(x / 2));
  return { width: even(w), height: even(h) };
}

/** Mean absolute difference under 1 grey level on a pixel sample: the same still, not worth another OCR pass. */
function nearlySame(a: Uint8Array, b: Uint8Array): boolean {
  let diff = 0;
  let n = 0;
  for (let i = 0; i < a.length; i += 97) {
    diff += Math.abs(a[i]! - b[i]!);
    n += 1;
  }
  return diff / n < 1;
}
