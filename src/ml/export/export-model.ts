import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VIDEO_FLAGS, videoFrameDim } from '../model/config.js';
import type { ModelConfig } from '../model/config.js';
import { buildTowerGraph, IO_NAMES } from '../model/graphs.js';
import type { TrainedModel } from '../train/trainer.js';
import { MODEL_FORMAT } from './manifest.js';
import type { ModelManifest, OnnxFileSpec, OnnxIoSpec } from './manifest.js';

export function expectedIo(
  c: ModelConfig,
): Record<'video' | 'music', { inputs: OnnxIoSpec[]; outputs: OnnxIoSpec[] }> {
  const S = c.segments;
  const out = [{ name: IO_NAMES.video.output, type: 'float32', dims: ['N', c.dim] }];
  const video: OnnxIoSpec[] = [
    { name: 'frames', type: 'float32', dims: ['N', S, videoFrameDim(c)] },
    { name: 'mask', type: 'float32', dims: ['N', S] },
    { name: 'flags', type: 'float32', dims: ['N', VIDEO_FLAGS] },
  ];
  if (c.useText) {
    video.push(
      { name: 'text_ids', type: 'int64', dims: ['N', c.maxTextTokens] },
      { name: 'text_weights', type: 'float32', dims: ['N', c.maxTextTokens] },
    );
  }
  return {
    video: { inputs: video, outputs: out },
    music: {
      inputs: [
        { name: 'frames', type: 'float32', dims: ['N', S, c.musicDim] },
        { name: 'mask', type: 'float32', dims: ['N', S] },
      ],
      outputs: out,
    },
  };
}

export interface ExportMeta {
  version: string;
  /** The command that produced the model, recorded for reproducibility. */
  command?: string;
  /** The front ends of the training features, when recorded (ModelManifest.frontEnds). */
  frontEnds?: { audio?: string; visual?: string };
}

/**
 * Writes models/<version>/: video.onnx and music.onnx (the same tower definitions
 * as the training graph, with the trained weights as initializers) and manifest.json.
 */
export async function exportModel(
  trained: TrainedModel,
  outDir: string,
  meta: ExportMeta,
): Promise<ModelManifest> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(meta.version))
    throw new RangeError(`exportModel: version must be [A-Za-z0-9._-]+, got ${JSON.stringify(meta.version)}`);
  const c = trained.config;
  await mkdir(outDir, { recursive: true });
  const io = expectedIo(c);
  const files = {} as ModelManifest['files'];
  for (const tower of ['video', 'music'] as const) {
    const bytes = buildTowerGraph(c, tower, { weights: trained.params });
    const file = `${tower}.onnx` as const;
    await writeFile(join(outDir, file), bytes);
    const spec: OnnxFileSpec = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      ...io[tower],
    };
    files[file] = spec;
  }
  const manifest: ModelManifest = {
    format: MODEL_FORMAT,
    version: meta.version,
    createdAt: new Date().toISOString(),
    dim: c.dim,
    maxFrames: c.maxFrames,
    hasText: c.useText,
    features: {
      video: {
        visualDim: c.visualDim,
        audioDim: c.audioDim,
        audioOptional: true,
        dtypes: ['float32', 'uint8'],
      },
      music: { audioDim: c.musicDim, dtypes: ['float32', 'uint8'] },
      uint8Dequantization: {
        rule: 'x = q*(max-min)/255 + (max-min)/512 + min (YouTube-8M)',
        min: -2,
        max: 2,
      },
      frameRate: '1 frame per second',
    },
    sampling: {
      method: 'global-sparse',
      segments: c.segments,
      train: 'one random frame per segment',
      inference: 'centre frame of each segment',
      shortInputs: 'sequences shorter than S use every frame once; the rest is masked',
    },
    ...(c.useText
      ? {
          text: {
            featurizer: 'hashed-ngrams-v1',
            buckets: c.textBuckets,
            maxTokens: c.maxTextTokens,
            ngrams: 'word 1-2 grams + char 3-grams, FNV-1a',
          },
        }
      : {}),
    modelConfig: c,
    hyperParameters: trained.hyper,
    metrics: trained.metrics,
    // Absent in manifests written before objectives existed: read as ['video_music'].
    objectives: trained.objectives ?? ['video_music'],
    dataset: { name: trained.datasetName, hash: trained.datasetHash },
    ...(meta.frontEnds && (meta.frontEnds.audio || meta.frontEnds.visual)
      ? { frontEnds: { ...meta.frontEnds } }
      : {}),
    training: {
      bestEpoch: trained.bestEpoch,
      epochsRun: trained.epochsRun,
      steps: trained.steps,
      ...(meta.command ? { command: meta.command } : {}),
    },
    files,
  };
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
