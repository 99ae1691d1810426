import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import type { FrameModelConfig } from '../../config.js';
import type { FrameExtractor } from './frame-extractor.js';
import { checkFrames } from './frame-extractor.js';

/**
 * A user-supplied ONNX image model as the frame extractor (VMR_FRAME_MODEL and friends in
 * src/config.ts). The chosen output (default the first), flattened per frame, is the feature:
 * point VMR_FRAME_MODEL_OUTPUT at a pooled layer when the graph ends in a classifier.
 */
export type OnnxFrameModelConfig = FrameModelConfig;

const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
const IMAGENET_STD = [0.229, 0.224, 0.225] as const;
const BATCH = 4;

const loaded = new Map<string, Promise<FrameExtractor>>();

/** Loaded once per configuration; the id names the file and its content hash, so a retrained file is another extractor. */
export function onnxFrameExtractor(config: OnnxFrameModelConfig): Promise<FrameExtractor> {
  const key = JSON.stringify(config);
  let extractor = loaded.get(key);
  if (!extractor) {
    extractor = loadOnnx(config);
    loaded.set(key, extractor);
    extractor.catch(() => loaded.delete(key));
  }
  return extractor;
}

async function loadOnnx(config: OnnxFrameModelConfig): Promise<FrameExtractor> {
  const bytes = await readFile(config.path).catch((e: NodeJS.ErrnoException) => {
    throw new Error(`VMR_FRAME_MODEL: cannot read ${config.path} (${e.code ?? e.message})`);
  });
  const sha = createHash('sha256').update(bytes).digest('hex');
  const session = await ort.InferenceSession.create(bytes, {
    intraOpNumThreads: 2,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const inputName = session.inputNames[0]!;
  const outputName = config.output ?? session.outputNames[0]!;
  if (!session.outputNames.includes(outputName))
    throw new Error(
      `VMR_FRAME_MODEL_OUTPUT: ${path.basename(config.path)} has no output ${outputName} (it has ${session.outputNames.join(', ')})`,
    );
  // A graph exported with a fixed batch of 1 takes frames one at a time.
  const meta = session.inputMetadata[0];
  const batchSize = meta && 'shape' in meta && meta.shape[0] === 1 ? 1 : BATCH;
  const { width, height } = config;
  const plane = width * height;
  const dims = (n: number) => (config.layout === 'NCHW' ? [n, 3, height, width] : [n, height, width, 3]);

  const toTensor = (frames: readonly Uint8Array[]) => {
    const data = new Float32Array(frames.length * plane * 3);
    frames.forEach((f, i) => {
      const base = i * plane * 3;
      for (let p = 0; p < plane; p += 1) {
        for (let c = 0; c < 3; c += 1) {
          const v = f[p * 3 + c]!;
          const x =
            config.scale === 'byte'
              ? v
              : config.scale === 'unit'
                ? v / 255
                : (v / 255 - IMAGENET_MEAN[c]!) / IMAGENET_STD[c]!;
          data[config.layout === 'NCHW' ? base + c * plane + p : base + p * 3 + c] = x;
        }
      }
    });
    return new ort.Tensor('float32', data, dims(frames.length));
  };
  const run = async (frames: readonly Uint8Array[]) => {
    const out = (await session.run({ [inputName]: toTensor(frames) }, [outputName]))[outputName]!;
    if (out.type !== 'float32')
      throw new Error(`${path.basename(config.path)}: output ${outputName} is ${out.type}, expected float32`);
    return out.data as Float32Array;
  };
  // The feature size is whatever the output holds per frame, learnt from one warm-up run.
  const warm = await run([new Uint8Array(plane * 3)]);
  const stem = path
    .basename(config.path, path.extname(config.path))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const extractor: FrameExtractor = {
    id: `onnx-${stem}-${sha.slice(0, 8)}`,
    version: 1,
    dim: warm.length,
    inputSize: { width, height },
    batchSize,
    async embed(frames) {
      checkFrames(extractor, frames);
      const out = new Float32Array(frames.length * extractor.dim);
      for (let i = 0; i < frames.length; i += batchSize) {
        out.set(await run(frames.slice(i, i + batchSize)), i * extractor.dim);
      }
      return out;
    },
  };
  return extractor;
}
