import { generateSyntheticDataset } from '../../../src/ml/data/synthetic.js';
import type { ModelConfig } from '../../../src/ml/model/config.js';

/** A model small enough to train in seconds, with the real feature dimensions. */
export const SMALL_MODEL: Partial<ModelConfig> = {
  hidden: 32,
  dim: 16,
  segments: 4,
  textBuckets: 256,
  textDim: 8,
  maxTextTokens: 24,
};

export function smallDataset(seed = 2) {
  return generateSyntheticDataset({
    seed,
    trainPairs: 256,
    valPairs: 48,
    testPairs: 48,
    minFrames: 4,
    maxFrames: 12,
  });
}
