import { Worker } from 'node:worker_threads';
import type { FrameExtractor } from './frame-extractor.js';
import { checkFrames } from './frame-extractor.js';

/**
 * The pretrained CNNs bundled (weights included) in the nsfwjs 4.4 npm package, MIT. They are
 * ImageNet backbones fine-tuned for content moderation, so their pooled layer is a general image
 * descriptor, not YouTube-8M's ImageNet Inception-v3 (docs/media.md, "Video").
 * The feature is the flattened global-average-pooled layer just before the classifier head:
 * where YouTube-8M took Inception-v3's 2048-d "pool_3" features.
 */
export interface NsfwjsBackbone {
  readonly id: string;
  readonly modelName: 'MobileNetV2' | 'InceptionV3';
  /** The model's square input side (nsfwjs: 224 for MobileNetV2, 299 for InceptionV3). */
  readonly side: number;
  readonly dim: number;
  /** The pooled, flattened layer's name in the bundled Keras topology. */
  readonly layer: string;
}

export const NSFWJS_BACKBONES = {
  'mobilenetv2-nsfwjs': {
    id: 'mobilenetv2-nsfwjs',
    modelName: 'MobileNetV2',
    side: 224,
    dim: 1280,
    layer: 'flatten_1',
  },
  'inceptionv3-nsfwjs': {
    id: 'inceptionv3-nsfwjs',
    modelName: 'InceptionV3',
    side: 299,
    dim: 2048,
    layer: 'flatten_1',
  },
} as const satisfies Record<string, NsfwjsBackbone>;
export type NsfwjsExtractorId = keyof typeof NSFWJS_BACKBONES;

/** nsfwjs 4.4's weights; bump when the package's bundled models change. */
const WEIGHTS_VERSION = 1;
const BATCH = 4;

const loaded = new Map<NsfwjsExtractorId, Promise<FrameExtractor>>();

/**
 * The extractor for one bundled backbone: a worker thread (nsfwjs-worker.mjs) started once per
 * process, which decodes the base64 weights (3.5 MB or 30 MB; 0.4 s or 3 s), builds the pooled
 * model and runs one warm-up batch before it says it is ready.
 */
export function nsfwjsExtractor(id: NsfwjsExtractorId): Promise<FrameExtractor> {
  let extractor = loaded.get(id);
  if (!extractor) {
    extractor = startWorker(NSFWJS_BACKBONES[id]);
    loaded.set(id, extractor);
    extractor.catch(() => loaded.delete(id));
  }
  return extractor;
}

type Reply = { ready: true } | { id: number; features: Float32Array } | { id: number; error: string };

function startWorker(spec: NsfwjsBackbone): Promise<FrameExtractor> {
  const worker = new Worker(new URL('./nsfwjs-worker.mjs', import.meta.url), {
    workerData: {
      modelName: spec.modelName,
      side: spec.side,
      layer: spec.layer,
      dim: spec.dim,
      warmUpBatch: BATCH,
    },
  });
  const pending = new Map<number, { resolve: (f: Float32Array) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  // The worker keeps the process alive only while a batch is in flight: an idle extractor must
  // not stop a CLI from exiting, and a busy one must not let it exit mid-batch.
  worker.unref();
  const fail = (error: Error) => {
    loaded.delete(spec.id as NsfwjsExtractorId);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  return new Promise<FrameExtractor>((resolve, reject) => {
    worker.once('error', (e) => {
      reject(e);
      fail(e);
    });
    worker.once('exit', (code) => {
      const error = new Error(`${spec.id}: the extractor worker exited (code ${code})`);
      reject(error);
      fail(error);
    });
    worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        resolve(extractor);
        return;
      }
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (pending.size === 0) worker.unref();
      if ('error' in m) p?.reject(new Error(`${spec.id}: ${m.error}`));
      else p?.resolve(m.features);
    });
    const pixels = spec.side * spec.side * 3;
    const extractor: FrameExtractor = {
      id: spec.id,
      version: WEIGHTS_VERSION,
      dim: spec.dim,
      inputSize: { width: spec.side, height: spec.side },
      batchSize: BATCH,
      embed(frames) {
        checkFrames(extractor, frames);
        if (frames.length === 0) return Promise.resolve(new Float32Array(0));
        const packed = new Uint8Array(frames.length * pixels);
        frames.forEach((f, i) => packed.set(f, i * pixels));
        const id = nextId++;
        return new Promise<Float32Array>((res, rej) => {
          pending.set(id, { resolve: res, reject: rej });
          if (pending.size === 1) worker.ref();
          worker.postMessage({ id, packed, n: frames.length }, [packed.buffer]);
        });
      },
    };
  });
}
