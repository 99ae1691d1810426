import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ModelVersion, Prisma, TrainingRun } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { createVersionIndex, dropVersionIndex } from '../db/vectors.js';
import { createHash } from 'node:crypto';
import {
  datasetHash,
  EmbeddingService,
  exportModel,
  train,
  writeModelWeights,
  type FeatureAugmenter,
  type RetrievalMetrics,
  type TrainedModel,
  type TrainingObjective,
  type TrainProgressEvent,
} from '../ml/index.js';
import { AUDIO_FRONT_END } from '../media/audio/front-end-spec.js';
import { logmelAugmenter } from '../media/audio/augment.js';
import { frontEndKey, modelAccepts, modelFrontEnd } from '../media/front-end.js';
import type { EmbedderPool } from '../models/embedders.js';
import { activateModel, activeModel, registerModel, type ModelMetrics } from '../models/registry.js';
import { pruneRetiredEmbeddings } from '../models/retention.js';
import { embedMissingTracks } from '../search/backfill.js';
import { loadDatasetFromDb, type LoadedDataset, type TrainingExclusion } from './dataset-from-db.js';
import { compareEvaluations, evaluateObjective, type ObjectiveEvaluation } from './objective-validation.js';
import { ProgressRecorder } from './progress-recorder.js';
import { setStage } from './run-queue.js';
import type { TrainingObjectiveName, TrainingRequest } from './training-input.js';
import { chooseSetting, trainingSettings, type TrainingSettingResult } from './training-settings.js';
import type { ModelComparisonRecord } from './validation-metrics.js';
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
  /** Per objective of the run, the same comparison (the first objective's is `comparison`). */
  comparisons?: Partial<Record<TrainingObjectiveName, ModelComparisonRecord>>;
  /** What the run left out and why, and the front ends and objectives it trained on. */
  leftOut?: TrainingExclusion[];
  frontEnds?: { audio?: string; visual?: string };
  objectives?: TrainingObjectiveName[];
  /** A run with a λ / τ grid: every setting's validation score, the exported one chosen. */
  settings?: TrainingSettingResult[];
  activated: boolean;
  embeddedTracks: number;
}

type Evaluated = Pick<
  TrainingResult,
  | 'validation'
  | 'comparison'
  | 'comparisons'
  | 'warmStartedFrom'
  | 'settings'
  | 'leftOut'
  | 'frontEnds'
  | 'objectives'
>;

const ML_OBJECTIVE: Record<TrainingObjectiveName, TrainingObjective> = {
  VIDEO_MUSIC: 'video_music',
  MUSIC_SELF_SUPERVISED: 'music_self_supervised',
  TEXT_TO_MUSIC: 'text_to_music',
};

/** One hash of everything the run trains on, per objective (the dataset hash of the version). */
function trainingDataHash(data: LoadedDataset): string {
  const h = createHash('sha256');
  if (data.dataset) h.update(`video_music:${datasetHash(data.dataset)}`);
  if (data.textDataset) h.update(`text_to_music:${datasetHash(data.textDataset)}`);
  for (const r of data.recordings ?? []) {
    h.update(`music_self_supervised:${r.id}:${r.split}:${r.audio.frames}x${r.audio.dim}:`);
    h.update(new Uint8Array(r.audio.data.buffer, r.audio.data.byteOffset, r.audio.data.byteLength));
  }
  return h.digest('hex');
}

/**
 * The active model on the same held-out queries. A model that cannot read the data's front end
 * (FRONT_END_MISMATCH) has nothing to compare: the new model is then compared with no one.
 */
async function evaluateActive(
  embedder: EmbeddingService,
  data: LoadedDataset,
  objective: TrainingObjectiveName,
  augment: FeatureAugmenter | undefined,
  env: JobEnvironment,
): Promise<ObjectiveEvaluation | null> {
  const audio = modelFrontEnd(embedder.manifest, 'audio');
  if (!modelAccepts(data.frontEnds.audio ?? null, audio)) {
    env.log(`active model reads ${audio}, not ${data.frontEnds.audio}: no comparison on ${objective}`);
    return null;
  }
  return evaluateObjective(embedder, data, objective, augment);
}

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
    const data = await loadDatasetFromDb(db, request);
    const objectives = data.objectives;
    const primary = objectives[0]!;
    const hash = trainingDataHash(data);
    env.log(
      `[train ${run.id}] ${objectives.join(' + ')} on audio front end ${data.frontEnds.audio ?? 'unspecified'}: ` +
        [
          data.dataset ? `${data.dataset.pairs.length} pairs (${data.skippedPairs} without features)` : null,
          data.recordings ? `${data.recordings.length} recordings` : null,
          data.textDataset ? `${data.textDataset.pairs.length} tagged tracks` : null,
        ]
          .filter(Boolean)
          .join(', ') +
        `, data ${hash.slice(0, 12)}` +
        (data.leftOut.length ? `; left out: ${data.leftOut.map((x) => x.message).join('; ')}` : ''),
    );
    // What the run left out is known now: a client sees it while the run trains.
    await db.trainingRun.update({
      where: { id: run.id },
      data: {
        datasetHash: hash,
        result: {
          leftOut: data.leftOut,
          frontEnds: data.frontEnds,
          objectives,
        } as unknown as Prisma.InputJsonValue,
      },
    });
    const augment = data.frontEnds.audio === frontEndKey(AUDIO_FRONT_END) ? logmelAugmenter() : undefined;
    const recorder = new ProgressRecorder(db, run.id);
    const resumeFrom = existsSync(path.join(checkpointDir, 'checkpoint.json')) ? checkpointDir : undefined;
    if (resumeFrom) env.log(`[train ${run.id}] resuming from checkpoint`);
    const warm = request.warmStart ? await warmStartWeights(db, env.modelsDir, request) : null;
    if (warm) env.log(`[train ${run.id}] warm start from ${warm.version}`);
    // A grid trains every setting with the run's hyper-parameters (each its own checkpoint
    // directory, so a resumed run picks up where it was), then keeps the one that validates best
    // on the first objective, scored through its exported encoders as the comparison is.
    const settings = trainingSettings(request);
    const scored: {
      setting: (typeof settings)[number];
      evaluation: ObjectiveEvaluation;
      bestEpoch: number;
    }[] = [];
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
        objectives: objectives.map((o) => ML_OBJECTIVE[o]),
        ...(data.dataset ? { dataset: data.dataset } : {}),
        ...(data.recordings ? { recordings: data.recordings } : {}),
        ...(data.textDataset ? { textDataset: data.textDataset } : {}),
        ...(augment ? { augment } : {}),
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
        const settingDir = path.join(dir, 'model');
        await exportModel(model, settingDir, {
          version: `${versionName}-setting-${i}`,
          frontEnds: data.frontEnds,
        });
        const svc = await EmbeddingService.open(settingDir);
        let evaluation: ObjectiveEvaluation;
        try {
          evaluation = await evaluateObjective(svc, data, primary, augment);
        } finally {
          await svc.close();
        }
        scored.push({ setting, evaluation, bestEpoch: model.bestEpoch });
        env.log(
          `[train ${run.id}] setting λ ${setting.lambda} τ_in ${setting.tauIn} τ_out ${setting.tauOut}: validation ${evaluation.metric} ${evaluation.score.toFixed(3)}`,
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
      frontEnds: data.frontEnds,
    });
    await writeModelWeights(outDir, trained.config, trained.params);
    const active = await activeModel(db);
    // Every objective is scored for both models on the same held-out queries; the first decides.
    const candidate = await EmbeddingService.open(outDir);
    const newEvals: ObjectiveEvaluation[] = [];
    try {
      for (const o of objectives) newEvals.push(await evaluateObjective(candidate, data, o, augment));
    } finally {
      await candidate.close();
    }
    const activeEmbedder = active ? await env.embedders.get(active) : null;
    const activeEvals: (ObjectiveEvaluation | null)[] = [];
    for (const o of objectives)
      activeEvals.push(activeEmbedder ? await evaluateActive(activeEmbedder, data, o, augment, env) : null);
    const comparisons = newEvals.map((e, i) => compareEvaluations(e, activeEvals[i]!));
    const comparison = comparisons[0]!;
    evaluated = {
      validation: {
        new: newEvals[0]!.metrics as RetrievalMetrics,
        active: (activeEvals[0]?.metrics as RetrievalMetrics | undefined) ?? null,
        newScore: newEvals[0]!.score,
        activeScore: activeEvals[0]?.score ?? null,
      },
      comparison,
      comparisons: Object.fromEntries(objectives.map((o, i) => [o, comparisons[i]!])),
      warmStartedFrom: warm?.version ?? null,
      leftOut: data.leftOut,
      frontEnds: data.frontEnds,
      objectives,
      ...(choice ? { settings: choice.results } : {}),
    };
    version = await registerModel(db, env.modelsDir, versionName, active?.id ?? null);
    const metrics: ModelMetrics = {
      validation: { ...(newEvals[0]!.metrics as RetrievalMetrics), r10Interval: comparison.newModel },
      ...(objectives.length > 1 || primary !== 'VIDEO_MUSIC'
        ? { objectives: Object.fromEntries(objectives.map((o, i) => [o, newEvals[i]!.metrics])) }
        : {}),
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
      `[train ${run.id}] validation ${comparison.metric} ${comparison.newModel.value.toFixed(3)} [${comparison.newModel.low.toFixed(3)}, ${comparison.newModel.high.toFixed(3)}]` +
        (g
          ? `, gain over active ${g.value.toFixed(3)} [${g.low.toFixed(3)}, ${g.high.toFixed(3)}]`
          : ', no active model'),
    );
  }

  signal.throwIfAborted();
  await setStage(db, run.id, env.workerId, 'EMBEDDING');
  const embeddedTracks = await embedMissingTracks(db, env.embedders, version, { signal, log: env.log });
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
