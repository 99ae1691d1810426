import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion, Prisma, TrainingRun } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { createVersionIndex, dropVersionIndex } from '../db/vectors.js';
import {
  datasetHash,
  EmbeddingService,
  evaluate,
  exportModel,
  train,
  writeModelWeights,
  type RetrievalMetrics,
  type TrainedModel,
  type TrainProgressEvent,
} from '../ml/index.js';
import type { EmbedderPool } from '../models/embedders.js';
import { activateModel, activeModel, registerModel, type ModelMetrics } from '../models/registry.js';
import { pruneRetiredEmbeddings } from '../models/retention.js';
import { embedMissingTracks } from '../search/backfill.js';
import { loadDatasetFromDb } from './dataset-from-db.js';
import { ProgressRecorder } from './progress-recorder.js';
import { setStage } from './run-queue.js';
import type { TrainingRequest } from './training-input.js';
import { chooseSetting, trainingSettings, type TrainingSettingResult } from './training-settings.js';
import {
  compareOnValidation,
  evaluateOnValidation,
  validationScore,
  type ModelComparisonRecord,
} from './validation-metrics.js';
import { warmStartWeights } from './warm-start.js';

export interface JobEnvironment {
  db: Db;
  embedders: EmbedderPool;
  modelsDir: string;
  dataDir: string;
  workerId: string;
  concurrentIndex: boolean;
  log: (message: string) => void;
}

export interface TrainingResult {
  modelVersion: string;
  validation: {
    new: RetrievalMetrics;
    active: RetrievalMetrics | null;
    newScore: number;
    activeScore: number | null;
  };
  /** New vs active with bootstrap intervals; `better` decides autoActivate. */
  comparison: ModelComparisonRecord;
  /** The version whose weights the run started from, when it was warm-started. */
  warmStartedFrom: string | null;
  /** A run with a λ / τ grid: every setting's validation score, the exported one chosen. */
  settings?: TrainingSettingResult[];
  activated: boolean;
  embeddedTracks: number;
}

type Evaluated = Pick<TrainingResult, 'validation' | 'comparison' | 'warmStartedFrom' | 'settings'>;

/** Progress of the grid's later settings continues the run's epoch and step numbering. */
function offsetProgress(
  onProgress: (e: TrainProgressEvent) => void,
  offset: { epoch: number; step: number },
): (e: TrainProgressEvent) => void {
  return (e) => {
    if (e.type === 'step' || e.type === 'epoch')
      onProgress({ ...e, epoch: e.epoch + offset.epoch, globalStep: e.globalStep + offset.step });
    else onProgress(e);
  };
}

export const versionNameFor = (runId: string) => `run-${runId.slice(0, 8)}`;

/**
 * One training run, in stages that can be resumed after a crash:
 *   RUNNING     train with the II loss, checkpointing every epoch (resumes from the last one);
 *               with a λ / τ grid, train every setting and keep the one that validates best;
 *   EVALUATING  export the encoders, compare with the active model on the validation pairs,
 *               register the new ModelVersion (not active);
 *   EMBEDDING   embed the catalog beside the active version's embeddings and build the new
 *               version's index; searches keep using the active version throughout;
 *   then, when asked to and the paired bootstrap interval of the validation R@10 gain lies
 *   above 0, activate it (one transaction).
 * Cancelling aborts between steps; the cleanup removes whatever the run had made.
 */
export async function runTrainingJob(
  env: JobEnvironment,
  run: TrainingRun,
  signal: AbortSignal,
): Promise<TrainingResult> {
  const { db } = env;
  const request = run.input as unknown as TrainingRequest;
  const versionName = versionNameFor(run.id);
  const checkpointDir = path.join(env.dataDir, 'training', run.id);
  let version: ModelVersion | null = run.modelVersionId
    ? await db.modelVersion.findUnique({ where: { id: run.modelVersionId } })
    : null;
  const recorded = run.result as unknown as Partial<Evaluated> | null;
  let evaluated: Evaluated | null =
    recorded?.validation && recorded.comparison
      ? {
          validation: recorded.validation,
          comparison: recorded.comparison,
          warmStartedFrom: recorded.warmStartedFrom ?? null,
          ...(recorded.settings ? { settings: recorded.settings } : {}),
        }
      : null;

  if (!version || !evaluated) {
    const { dataset, skippedPairs, frontEnds } = await loadDatasetFromDb(db, request);
    const hash = datasetHash(dataset);
    env.log(
      `[train ${run.id}] ${dataset.pairs.length} pairs (${skippedPairs} skipped without features), dataset ${hash.slice(0, 12)}`,
    );
    await db.trainingRun.update({ where: { id: run.id }, data: { datasetHash: hash } });
    const recorder = new ProgressRecorder(db, run.id);
    const resumeFrom = existsSync(path.join(checkpointDir, 'checkpoint.json')) ? checkpointDir : undefined;
    if (resumeFrom) env.log(`[train ${run.id}] resuming from checkpoint`);
    const warm = request.warmStart ? await warmStartWeights(db, env.modelsDir, request) : null;
    if (warm) env.log(`[train ${run.id}] warm start from ${warm.version}`);
    // A grid trains every setting with the run's hyper-parameters (each its own checkpoint
    // directory, so a resumed run picks up where it was), then keeps the one that validates best.
    const settings = trainingSettings(request);
    const scored: { setting: (typeof settings)[number]; val: RetrievalMetrics; bestEpoch: number }[] = [];
    const models: TrainedModel[] = [];
    const offset = { epoch: 0, step: 0 };
    for (const [i, setting] of settings.entries()) {
      const dir = request.grid ? path.join(checkpointDir, `setting-${i}`) : checkpointDir;
      const resume = request.grid
        ? existsSync(path.join(dir, 'checkpoint.json'))
          ? dir
          : undefined
        : resumeFrom;
      const model = await train({
        ...request.hyper,
        ...(request.grid
          ? {
              lambdaVideo: setting.lambda,
              lambdaMusic: setting.lambda,
              tauIn: setting.tauIn,
              tauOut: setting.tauOut,
            }
          : {}),
        dataset,
        model: { useText: request.useText },
        onProgress: offsetProgress(recorder.onProgress, { ...offset }),
        signal,
        checkpointDir: dir,
        resumeFrom: resume,
        evaluateTest: false,
        threads: 2,
        ...(warm ? { initialParams: warm.params } : {}),
      });
      offset.epoch += model.epochsRun;
      offset.step += model.steps;
      models.push(model);
      if (request.grid) {
        const val = await evaluate(model, dataset, 'val', { threads: 2, intervals: true });
        scored.push({ setting, val, bestEpoch: model.bestEpoch });
        env.log(
          `[train ${run.id}] setting λ ${setting.lambda} τ_in ${setting.tauIn} τ_out ${setting.tauOut}: validation v2m R@10 ${val.v2m.r10.toFixed(3)}, mean rank ${val.v2m.meanRank.toFixed(2)}`,
        );
      }
    }
    await recorder.flush();
    signal.throwIfAborted();
    const choice = request.grid ? chooseSetting(scored) : null;
    const trained = models[choice?.chosen ?? 0]!;

    await setStage(db, run.id, env.workerId, 'EVALUATING');
    const outDir = path.join(env.modelsDir, versionName);
    await exportModel(trained, outDir, {
      version: versionName,
      command: `startTraining (run ${run.id})`,
      frontEnds,
    });
    await writeModelWeights(outDir, trained.config, trained.params);
    const active = await activeModel(db);
    const candidate = await EmbeddingService.open(outDir);
    let newEval: Awaited<ReturnType<typeof evaluateOnValidation>>;
    try {
      newEval = await evaluateOnValidation(candidate, dataset);
    } finally {
      await candidate.close();
    }
    const activeEval = active ? await evaluateOnValidation(await env.embedders.get(active), dataset) : null;
    const comparison = compareOnValidation(newEval, activeEval);
    evaluated = {
      validation: {
        new: newEval.metrics,
        active: activeEval?.metrics ?? null,
        newScore: validationScore(newEval.metrics),
        activeScore: activeEval ? validationScore(activeEval.metrics) : null,
      },
      comparison,
      warmStartedFrom: warm?.version ?? null,
      ...(choice ? { settings: choice.results } : {}),
    };
    version = await registerModel(db, env.modelsDir, versionName, active?.id ?? null);
    const metrics: ModelMetrics = {
      validation: { ...newEval.metrics, r10Interval: comparison.newModel },
    };
    await db.modelVersion.update({
      where: { id: version.id },
      data: { metrics: metrics as unknown as Prisma.InputJsonValue, datasetHash: hash },
    });
    await db.trainingRun.update({
      where: { id: run.id },
      data: {
        modelVersionId: version.id,
        parentModelId: active?.id ?? null,
        result: evaluated as unknown as Prisma.InputJsonValue,
      },
    });
    const g = comparison.gain;
    env.log(
      `[train ${run.id}] validation v2m R@10 ${comparison.newModel.value.toFixed(3)} [${comparison.newModel.low.toFixed(3)}, ${comparison.newModel.high.toFixed(3)}]` +
        (g
          ? `, gain over active ${g.value.toFixed(3)} [${g.low.toFixed(3)}, ${g.high.toFixed(3)}]`
          : ', no active model'),
    );
  }

  signal.throwIfAborted();
  await setStage(db, run.id, env.workerId, 'EMBEDDING');
  const embeddedTracks = await embedMissingTracks(db, env.embedders, version, { signal });
  await createVersionIndex(db, version.id, { concurrently: env.concurrentIndex });
  signal.throwIfAborted();

  let activated = false;
  if (request.autoActivate && evaluated.comparison.better) {
    await activateModel(db, version.id);
    await pruneRetiredEmbeddings(db);
    activated = true;
    env.log(`[train ${run.id}] activated ${version.version}`);
  }
  return { modelVersion: version.version, ...evaluated, activated, embeddedTracks };
}

/** Removes what a cancelled or failed run made: its (never active) model version and files. */
export async function discardRunArtifacts(env: JobEnvironment, run: TrainingRun): Promise<void> {
  const fresh = await env.db.trainingRun.findUnique({ where: { id: run.id } });
  const versionId = fresh?.modelVersionId;
  if (versionId) {
    const version = await env.db.modelVersion.findUnique({ where: { id: versionId } });
    if (version && version.status !== 'ACTIVE') {
      await dropVersionIndex(env.db, version.id);
      await env.db.modelVersion.delete({ where: { id: version.id } }); // cascades to its embeddings
    }
  }
  await rm(path.join(env.modelsDir, versionNameFor(run.id)), { recursive: true, force: true });
  await rm(path.join(env.dataDir, 'training', run.id), { recursive: true, force: true });
}
