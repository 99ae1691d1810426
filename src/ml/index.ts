/**
 * Public API of the ML module: the only file the rest of the platform imports.
 * Everything else under src/ml is internal and may change.
 */

// Features and input errors
export type { FeatureDtype, FeatureSequence } from './features/feature-sequence.js';
export {
  dequantizeYt8m,
  quantizeYt8m,
  validateSequence,
  YT8M_MAX,
  YT8M_MIN,
} from './features/feature-sequence.js';
export { FeatureInputError, ModelManifestMismatchError, ModelNotFoundError } from './features/errors.js';
export type { FeatureInputErrorCode } from './features/errors.js';
export { globalSparseIndices } from './features/global-sparse.js';
export { HashedNgramFeaturizer } from './features/text-hashing.js';
export type { TextFeaturizer, VideoText } from './features/text-hashing.js';

// Datasets
export type {
  DatasetPair,
  DatasetTrack,
  DatasetVideo,
  Split,
  TrainingDataset,
  VideoInput,
} from './data/dataset.js';
export { DATASET_FORMAT, loadDatasetFromDisk, writeDatasetToDisk } from './data/disk-format.js';
export { datasetHash } from './data/dataset-hash.js';
export { generateSyntheticDataset } from './data/synthetic.js';
export type { StyleInfo, SyntheticDataset, SyntheticOptions } from './data/synthetic.js';

// Model, loss, training, evaluation, export
export { DEFAULT_MODEL_CONFIG } from './model/config.js';
export type { ModelConfig } from './model/config.js';
export type { Divergence, IILossConfig } from './loss/ii-loss.js';
export { DEFAULT_HYPER } from './train/options.js';
export type { HyperParameters } from './train/options.js';
export { train } from './train/trainer.js';
export type {
  LossComponents,
  ObjectiveMetrics,
  ObjectiveValidation,
  TrainedModel,
  TrainOptions,
  TrainProgressEvent,
} from './train/trainer.js';
export { EXCERPT_WINDOW, TRAINING_OBJECTIVES, textToMusicDataset } from './objectives/objectives.js';
export {
  alignedWindowScore,
  clipWindows,
  TRACK_WINDOW,
  trackWindows,
  windowStarts,
} from './objectives/track-windows.js';
export type {
  AugmentRandom,
  FeatureAugmenter,
  MusicRecording,
  TextTrack,
  TrainingObjective,
} from './objectives/objectives.js';
export { EXCERPT_QUERY_SEED, excerptQuery, excerptRetrievalMetrics } from './objectives/excerpt-retrieval.js';
export type {
  ExcerptRetrievalEvaluation,
  ExcerptRetrievalMetrics,
  ExcerptRetrievalOptions,
} from './objectives/excerpt-retrieval.js';
export { evaluate } from './eval/evaluate-model.js';
export { bootstrapMean, hitsAt, pairedBootstrap } from './eval/bootstrap.js';
export type { MetricEstimate } from './eval/bootstrap.js';
export { directionMetrics, partnerRanks } from './eval/metrics.js';
export { resolveModelConfig } from './train/options.js';
export { readModelWeights, sameArchitecture, WEIGHTS_FILE, writeModelWeights } from './train/warm-start.js';
export type { ParamStore } from './model/params.js';
export { retrievalMetrics } from './eval/metrics.js';
export type { DirectionMetrics, RetrievalMetrics } from './eval/metrics.js';
export { exportModel } from './export/export-model.js';
export type { ExportMeta } from './export/export-model.js';
export type { ModelManifest } from './export/manifest.js';

// Inference
export { EmbeddingService } from './inference/embedding-service.js';
export type { EmbeddingServiceOptions } from './inference/embedding-service.js';

// YouTube-8M frame-level files (TFRecord + tf.train.SequenceExample)
export {
  readYt8mFrameFile,
  writeYt8mFrameFile,
  TfRecordError,
  YT8M_AUDIO_DIM,
  YT8M_RGB_DIM,
} from './data/yt8m/index.js';
export type { Yt8mFileRecord, Yt8mFrameRecord } from './data/yt8m/index.js';
