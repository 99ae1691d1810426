import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ModelNotFoundError } from '../features/errors.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { VideoInput } from '../data/dataset.js';
import { expectedIo } from '../export/export-model.js';
import type { ModelManifest } from '../export/manifest.js';
import { MusicBatch, VideoBatch } from '../train/batch.js';
import { loadManifest } from './load-manifest.js';
import { validateMusic, validateVideo } from './validate-input.js';

export interface EmbeddingServiceOptions {
  /** onnxruntime intra-op threads in the worker (default 2). */
  threads?: number;
  /** e.g. ['cuda', 'cpu']; unavailable providers fall back to CPU with a log line. */
  executionProviders?: string[];
  /**
   * Let onnxruntime's intra-op threads spin-wait between runs (default false). Spinning shaves
   * a little off back-to-back batches but keeps the cores busy after every run, and a serving
   * process shares its cores with Postgres and the event loop (measured: slower searches).
   */
  spinWait?: boolean;
  /** Rows per session.run (default 64). Concurrent requests share batches. */
  maxBatch?: number;
  log?: (line: string) => void;
  /** Told the size of every batch run (the platform's metrics; ml/ imports no metrics library). */
  onBatch?: (tower: 'video' | 'music', rows: number) => void;
}

type Tower = 'video' | 'music';

/** Rows sampled and packed per slice of caller-thread work before yielding to other callbacks. */
const PACK_SLICE = 16;
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

interface Pending<T> {
  item: T;
  resolve: (v: Float32Array) => void;
  reject: (e: Error) => void;
}

interface WireFeed {
  name: string;
  type: 'float32' | 'int64';
  dims: number[];
  data: Float32Array | BigInt64Array;
}

/**
 * Embeds videos and tracks with an exported model version.
 *
 * Why a worker: InferenceSession.run blocks the thread it runs on, so a large
 * batch on the main thread would stall every other GraphQL request. Inputs are
 * validated and sampled on the caller's thread (cheap, and errors surface
 * synchronously as FeatureInputError), then rows from all concurrent calls are
 * packed into batches of at most `maxBatch` and run one batch at a time in a
 * worker thread; between batches the event loop is free.
 */
export class EmbeddingService {
  private readonly queues: { video: Pending<VideoInput>[]; music: Pending<FeatureSequence>[] } = {
    video: [],
    music: [],
  };
  private draining = false;
  private nextId = 1;
  private readonly inflight = new Map<
    number,
    { resolve: (d: Float32Array) => void; reject: (e: Error) => void }
  >();
  private closed = false;

  private constructor(
    readonly manifest: ModelManifest,
    readonly modelDir: string,
    private readonly worker: Worker,
    private readonly maxBatch: number,
    private readonly onBatch?: (tower: Tower, rows: number) => void,
  ) {
    worker.on('message', (msg: { type: string; id?: number; data?: Float32Array; error?: string }) => {
      if (msg.type !== 'result' || msg.id === undefined) return;
      const p = this.inflight.get(msg.id);
      this.inflight.delete(msg.id);
      if (msg.error) p?.reject(new Error(`embedding worker: ${msg.error}`));
      else p?.resolve(msg.data!);
    });
    worker.on('error', (err) => this.failAll(err));
  }

  /** Opens models/<version> under `modelsRoot`; an unknown version is a ModelNotFoundError. */
  static openVersion(
    modelsRoot: string,
    version: string,
    opts?: EmbeddingServiceOptions,
  ): Promise<EmbeddingService> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(version))
      return Promise.reject(new ModelNotFoundError(version, 'invalid version name'));
    return EmbeddingService.open(join(modelsRoot, version), opts);
  }

  static async open(modelDir: string, opts: EmbeddingServiceOptions = {}): Promise<EmbeddingService> {
    const dir = resolve(modelDir);
    const manifest = await loadManifest(dir);
    const maxBatch = opts.maxBatch ?? 64;
    if (!Number.isInteger(maxBatch) || maxBatch < 1)
      throw new RangeError(`EmbeddingService.open: maxBatch must be a positive integer, got ${maxBatch}`);
    const io = expectedIo(manifest.modelConfig);
    const worker = new Worker(new URL('../runtime/embed-worker.mjs', import.meta.url), {
      workerData: {
        files: { video: join(dir, 'video.onnx'), music: join(dir, 'music.onnx') },
        expected: io,
        threads: opts.threads ?? 2,
        spinWait: opts.spinWait ?? false,
        executionProviders: opts.executionProviders ?? ['cpu'],
      },
    });
    const log = opts.log ?? ((line: string) => console.warn(line));
    await new Promise<void>((ok, fail) => {
      const onMsg = (msg: { type: string; message?: string; line?: string }) => {
        if (msg.type === 'log') log(msg.line ?? '');
        if (msg.type === 'ready') ok();
        if (msg.type === 'error') fail(new Error(`model ${manifest.version}: ${msg.message}`));
      };
      worker.on('message', onMsg);
      worker.once('error', fail);
    }).catch(async (err: unknown) => {
      await worker.terminate();
      throw err;
    });
    worker.on('message', (msg: { type: string; line?: string }) => msg.type === 'log' && log(msg.line ?? ''));
    return new EmbeddingService(manifest, dir, worker, maxBatch, opts.onBatch);
  }

  /** L2-normalised D-dim embeddings of music tracks (128-d audio features, float32 or uint8). */
  embedMusic(seqs: FeatureSequence[]): Promise<Float32Array[]> {
    return this.submit('music', seqs, () => validateMusic(this.manifest, seqs));
  }

  /** Embeddings of videos: any of visual (1024-d), audio (128-d), text cues; text-only is allowed with a text model. */
  embedVideo(inputs: VideoInput[]): Promise<Float32Array[]> {
    return this.submit('video', inputs, () => validateVideo(this.manifest, inputs));
  }

  private submit<T>(tower: Tower, items: T[], validate: () => void): Promise<Float32Array[]> {
    if (this.closed) return Promise.reject(new Error('EmbeddingService is closed'));
    try {
      validate();
    } catch (err) {
      return Promise.reject(err as Error);
    }
    const queue = this.queues[tower] as unknown as Pending<T>[];
    const all = items.map(
      (item) => new Promise<Float32Array>((resolve, reject) => queue.push({ item, resolve, reject })),
    );
    if (!this.draining) {
      this.draining = true;
      // Defer one macrotask so concurrent callers land in the same batch.
      setImmediate(() => void this.drain());
    }
    return Promise.all(all);
  }

  private async drain(): Promise<void> {
    try {
      while (!this.closed && (this.queues.video.length > 0 || this.queues.music.length > 0)) {
        const tower: Tower = this.queues.music.length >= this.queues.video.length ? 'music' : 'video';
        const batch = this.queues[tower].splice(0, this.maxBatch) as Pending<unknown>[];
        this.onBatch?.(tower, batch.length);
        try {
          const feeds =
            tower === 'music'
              ? await this.musicFeeds(batch.map((p) => p.item as FeatureSequence))
              : await this.videoFeeds(batch.map((p) => p.item as VideoInput));
          const data = await this.run(tower, feeds);
          const d = this.manifest.dim;
          batch.forEach((p, i) => p.resolve(data.slice(i * d, (i + 1) * d)));
        } catch (err) {
          for (const p of batch) p.reject(err as Error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async musicFeeds(seqs: FeatureSequence[]): Promise<WireFeed[]> {
    const c = this.manifest.modelConfig;
    const b = new MusicBatch(c, seqs.length);
    for (let i = 0; i < seqs.length; i++) {
      b.set(i, seqs[i]!);
      if (i % PACK_SLICE === PACK_SLICE - 1) await yieldToEventLoop();
    }
    return [
      { name: 'frames', type: 'float32', dims: [seqs.length, c.segments, c.musicDim], data: b.frames },
      { name: 'mask', type: 'float32', dims: [seqs.length, c.segments], data: b.mask },
    ];
  }

  private async videoFeeds(videos: VideoInput[]): Promise<WireFeed[]> {
    const c = this.manifest.modelConfig;
    const n = videos.length;
    const b = new VideoBatch(c, n);
    for (let i = 0; i < n; i++) {
      b.set(i, videos[i]!, { visual: true, text: true });
      if (i % PACK_SLICE === PACK_SLICE - 1) await yieldToEventLoop();
    }
    const feeds: WireFeed[] = [
      { name: 'frames', type: 'float32', dims: [n, c.segments, c.visualDim + c.audioDim], data: b.frames },
      { name: 'mask', type: 'float32', dims: [n, c.segments], data: b.mask },
      { name: 'flags', type: 'float32', dims: [n, 3], data: b.flags },
    ];
    if (c.useText) {
      feeds.push(
        { name: 'text_ids', type: 'int64', dims: [n, c.maxTextTokens], data: b.textIds },
        { name: 'text_weights', type: 'float32', dims: [n, c.maxTextTokens], data: b.textWeights },
      );
    }
    return feeds;
  }

  private run(tower: Tower, feeds: WireFeed[]): Promise<Float32Array> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.inflight.set(id, { resolve, reject });
      this.worker.postMessage(
        { id, tower, feeds },
        feeds.map((f) => f.data.buffer as ArrayBuffer),
      );
    });
  }

  private failAll(err: Error): void {
    for (const p of this.inflight.values()) p.reject(err);
    this.inflight.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const q of [this.queues.video, this.queues.music] as Pending<unknown>[][]) {
      for (const p of q.splice(0)) p.reject(new Error('EmbeddingService closed'));
    }
    this.failAll(new Error('EmbeddingService closed'));
    await this.worker.terminate();
  }
}
