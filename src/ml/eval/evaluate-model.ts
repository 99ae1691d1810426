import { indexDataset } from '../data/dataset.js';
import type { Split, TrainingDataset } from '../data/dataset.js';
import type { TrainedModel } from '../train/trainer.js';
import { Embedder } from './embedder.js';
import { evaluateSplit } from './evaluate.js';
import type { RetrievalMetrics } from './metrics.js';

/** Retrieval metrics of a trained model on one split of a dataset (default: test); `intervals` adds their bootstrap intervals. */
export async function evaluate(
  trained: Pick<TrainedModel, 'config' | 'params'>,
  dataset: TrainingDataset,
  split: Split = 'test',
  opts: { threads?: number; executionProviders?: string[]; intervals?: boolean } = {},
): Promise<RetrievalMetrics> {
  const embedder = await Embedder.create(trained.config, opts);
  try {
    return await evaluateSplit(embedder, trained.params, indexDataset(dataset), split, {
      intervals: opts.intervals ?? false,
    });
  } finally {
    await embedder.release();
  }
}
