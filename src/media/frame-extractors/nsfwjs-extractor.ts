import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { FrameExtractor } from './frame-extractor.js';
import { checkFrames } from './frame-extractor.js';
import { tfjsWasm } from './tfjs-wasm.js';

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
 * The extractor for one bundled backbone, loaded once per process (decoding 3.5 MB or 30 MB of
 * base64 weights and compiling the graph takes 0.4 s / 3 s) and warmed up with one batch, so the
 * first real video does not pay for the kernels' first run.
 */
export function nsfwjsExtractor(id: NsfwjsExtractorId): Promise<FrameExtractor> {
  let extractor = loaded.get(id);
  if (!extractor) {
    extractor = loadBackbone(NSFWJS_BACKBONES[id]);
    loaded.set(id, extractor);
    extractor.catch(() => loaded.delete(id));
  }
  return extractor;
}

async function loadBackbone(spec: NsfwjsBackbone): Promise<FrameExtractor> {
  const tf = await tfjsWasm();
  const nsfwjs = await import('nsfwjs');
  // nsfwjs announces the model it loads on console.info; that is noise in a server log.
  const info = console.info;
  console.info = () => {};
  let net;
  try {
    net = await nsfwjs.load(spec.modelName, { size: spec.side });
  } finally {
    console.info = info;
  }
  const full = net.model as LayersModel;
  const pooled = tf.model({ inputs: full.inputs, outputs: full.getLayer(spec.layer).output });
  const outDim = pooled.outputs[0]!.shape[1];
  if (outDim !== spec.dim)
    throw new Error(`${spec.id}: layer ${spec.layer} has ${outDim} dims, expected ${spec.dim}`);
  const pixels = spec.side * spec.side * 3;

  const extractor: FrameExtractor = {
    id: spec.id,
    version: WEIGHTS_VERSION,
    dim: spec.dim,
    inputSize: { width: spec.side, height: spec.side },
    batchSize: BATCH,
    async embed(frames) {
      checkFrames(extractor, frames);
      if (frames.length === 0) return new Float32Array(0);
      // nsfwjs's own preprocessing: RGB scaled to [0, 1] (core.js, NSFWJS.infer).
      const input = new Float32Array(frames.length * pixels);
      frames.forEach((f, i) => {
        const base = i * pixels;
        for (let p = 0; p < pixels; p += 1) input[base + p] = f[p]! / 255;
      });
      const out = tf.tidy(
        () => pooled.predict(tf.tensor4d(input, [frames.length, spec.side, spec.side, 3])) as Tensor,
      );
      try {
        return (await out.data()) as Float32Array;
      } finally {
        out.dispose();
      }
    },
  };
  await extractor.embed(Array.from({ length: BATCH }, () => new Uint8Array(pixels)));
  return extractor;
}
