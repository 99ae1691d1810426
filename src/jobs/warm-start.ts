import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.js';
import { badInput } from '../errors.js';
import {
  readModelWeights,
  resolveModelConfig,
  sameArchitecture,
  WEIGHTS_FILE,
  type ModelConfig,
  type ParamStore,
} from '../ml/index.js';
import { activeModel, readManifest } from '../models/registry.js';
import type { TrainingRequest } from './training-input.js';

/** The architecture a request trains (what the job passes to train()). */
export const requestedArchitecture = (request: TrainingRequest): ModelConfig =>
  resolveModelConfig({ useText: request.useText });

/**
 * The active model's weights for a warm start, or BAD_USER_INPUT naming `input.warmStart` when
 * there is no active model, it stored no weights (models/default ships ONNX files only; runs
 * since warm starts existed store `weights.bin`), or its architecture differs from the
 * requested one. Checked when the run is queued and again when it starts training.
 */
export async function warmStartWeights(
  db: Db,
  modelsDir: string,
  request: TrainingRequest,
): Promise<{ params: ParamStore; version: string }> {
  const field = 'input.warmStart';
  const active = await activeModel(db);
  if (!active) throw badInput('warmStart needs an active model to start from; none is active', field);
  const dir = path.join(modelsDir, active.path);
  if (!existsSync(path.join(dir, WEIGHTS_FILE)))
    throw badInput(
      `warmStart: the active model ${active.version} has no stored weights (${active.path}/${WEIGHTS_FILE}); train from scratch or activate a version trained by startTraining`,
      field,
    );
  const manifest = await readManifest(modelsDir, active.path);
  const wanted = requestedArchitecture(request);
  if (!sameArchitecture(resolveModelConfig(manifest.modelConfig), wanted))
    throw badInput(
      `warmStart: the active model ${active.version} has another architecture (${JSON.stringify(manifest.modelConfig)}) than the one requested (${JSON.stringify(wanted)})`,
      field,
    );
  try {
    return { params: await readModelWeights(dir, wanted), version: active.version };
  } catch (error) {
    throw badInput(
      `warmStart: the active model ${active.version}'s weights do not load: ${(error as Error).message}`,
      field,
    );
  }
}
