import { exportModel } from '../../../src/ml/export/export-model.js';
import { initParams } from '../../../src/ml/model/params.js';
import { DEFAULT_MODEL_CONFIG } from '../../../src/ml/model/config.js';
import type { ModelConfig } from '../../../src/ml/model/config.js';
import { DEFAULT_HYPER, lossConfigOf } from '../../../src/ml/train/options.js';
import type { TrainedModel } from '../../../src/ml/train/trainer.js';
import { Rng } from '../../../src/ml/util/rng.js';

/** Exports an untrained model (random weights) — enough to exercise loading, validation and batching. */
export async function exportRandomModel(
  dir: string,
  version: string,
  model: Partial<ModelConfig> = {},
): Promise<TrainedModel> {
  const config = { ...DEFAULT_MODEL_CONFIG, ...model };
  const trained: TrainedModel = {
    config,
    loss: lossConfigOf(DEFAULT_HYPER),
    hyper: DEFAULT_HYPER,
    params: initParams(config, new Rng(1)),
    datasetName: 'none',
    datasetHash: '0',
    bestEpoch: 0,
    epochsRun: 0,
    steps: 0,
    metrics: {},
    history: [],
  };
  await exportModel(trained, dir, { version });
  return trained;
}
