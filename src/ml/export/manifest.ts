import type { RetrievalMetrics } from '../eval/metrics.js';
import type { TrainingObjective } from '../objectives/objectives.js';
import type { ObjectiveMetrics } from '../train/trainer.js';
import type { ModelConfig } from '../model/config.js';
import type { HyperParameters } from '../train/options.js';

export const MODEL_FORMAT = 'vmr-model/1';

export interface OnnxIoSpec {
  name: string;
  /** 'float32' | 'int64'; dims use 'N' for the batch. */
  type: string;
  dims: (number | string)[];
}

export interface OnnxFileSpec {
  sha256: string;
  bytes: number;
  inputs: OnnxIoSpec[];
  outputs: OnnxIoSpec[];
}

/** models/<version>/manifest.json: everything needed to use, verify and reproduce a model. */
export interface ModelManifest {
  format: string;
  version: string;
  createdAt: string;
  /** Joint embedding dimension. */
  dim: number;
  /** Longest accepted input sequence in frames (seconds). */
  maxFrames: number;
  hasText: boolean;
  features: {
    video: { visualDim: number; audioDim: number; audioOptional: true; dtypes: ['float32', 'uint8'] };
    music: { audioDim: number; dtypes: ['float32', 'uint8'] };
    uint8Dequantization: { rule: string; min: number; max: number };
    frameRate: string;
  };
  sampling: {
    method: 'global-sparse';
    segments: number;
    train: string;
    inference: string;
    shortInputs: string;
  };
  text?: { featurizer: string; buckets: number; maxTokens: number; ngrams: string };
  modelConfig: ModelConfig;
  hyperParameters?: HyperParameters;
  /** `val` / `test`: video_music's; `objectives`: every objective's (TrainedModel.metrics). */
  metrics?: {
    val?: RetrievalMetrics;
    test?: RetrievalMetrics;
    objectives?: { val: ObjectiveMetrics; test?: ObjectiveMetrics };
  };
  /** The objectives the model was trained with; absent (older manifests) = ['video_music']. */
  objectives?: TrainingObjective[];
  dataset?: { name: string; hash: string };
  /**
   * The media front ends (name@version, e.g. "vmr-logmel@1") of the features the model was trained
   * on; absent for features of no recorded front end (client-supplied, imported, the synthetic
   * demo set). The platform refuses to embed features of another front end (src/media/front-end.ts).
   */
  frontEnds?: { audio?: string; visual?: string };
  training?: { bestEpoch: number; epochsRun: number; steps: number; command?: string };
  files: Record<'video.onnx' | 'music.onnx', OnnxFileSpec>;
}
