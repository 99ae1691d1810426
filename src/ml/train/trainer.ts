import { createHash } from 'node:crypto';
import * as ort from 'onnxruntime-node';
import { indexDataset } from '../data/dataset.js';
import type { Split, TrainingDataset } from '../data/dataset.js';
import { datasetHash } from '../data/dataset-hash.js';
import { Embedder } from '../eval/embedder.js';
import { evaluateSplit } from '../eval/evaluate.js';
import type { RetrievalMetrics } from '../eval/metrics.js';
import { meanPoolInto } from '../features/fill-frames.js';
import { TRACK_WINDOW } from '../objectives/track-windows.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import { videoFrameDim } from '../model/config.js';
import type { ModelConfig } from '../model/config.js';
import { buildSelfSupervisedGraph, buildTrainingGraph, musicParamNames } from '../model/graphs.js';
import { cloneParams, initParams, paramSpecs } from '../model/params.js';
import type { ParamStore } from '../model/params.js';
import { excerptRetrievalMetrics } from '../objectives/excerpt-retrieval.js';
import type { ExcerptRetrievalMetrics } from '../objectives/excerpt-retrieval.js';
import {
  checkTextDataset,
  excerptOf,
  recordingsHash,
  TRAINING_OBJECTIVES,
} from '../objectives/objectives.js';
import type { FeatureAugmenter, MusicRecording, TrainingObjective } from '../objectives/objectives.js';
import { createSession } from '../runtime/session.js';
import { Rng } from '../util/rng.js';
import { adamWStep, initAdamW } from './adamw.js';
import type { AdamWState } from './adamw.js';
import { batchBounds, MusicBatch, pooledInputs, VideoBatch } from './batch.js';
import { loadCheckpoint, saveCheckpoint } from './checkpoint.js';
import { lossConfigOf, resolveHyper, resolveModelConfig } from './options.js';
import type { HyperParameters } from './options.js';
import type { IILossConfig } from '../loss/ii-loss.js';

export interface LossComponents {
  inter: number;
  intraVideo: number;
  intraMusic: number;
  total: number;
}

/** One objective's held-out metrics: R@K both ways for the pair objectives, excerpt retrieval for music_self_supervised. */
export interface ObjectiveMetrics {
  video_music?: RetrievalMetrics;
  text_to_music?: RetrievalMetrics;
  music_self_supervised?: ExcerptRetrievalMetrics;
}

/** Per objective: its early-stopping score (R@10; pair objectives: the mean of both directions) and metrics. */
export type ObjectiveValidation = {
  [O in TrainingObjective]?: { score: number; metrics: NonNullable<ObjectiveMetrics[O]> };
};

export type TrainProgressEvent =
  | {
      type: 'start';
      epochs: number;
      /** Steps per epoch, every objective's together. */
      stepsPerEpoch: number;
      batchSize: number;
      /** video_music's training pairs; without that objective, the largest objective's training items. */
      trainPairs: number;
      resumedFromEpoch: number;
      objectives: TrainingObjective[];
      /** Training items (pairs or recordings) per objective. */
      trainItems: Partial<Record<TrainingObjective, number>>;
    }
  | {
      type: 'step';
      epoch: number;
      step: number;
      globalStep: number;
      stepsPerEpoch: number;
      /** Which objective's batch this step was (train() always sets it; optional for events built elsewhere). */
      objective?: TrainingObjective;
      /** music_self_supervised: inter = InfoNCE between the views, intraMusic = its intra term, intraVideo = 0. */
      loss: LossComponents;
      msPerStep: number;
    }
  | {
      type: 'epoch';
      epoch: number;
      globalStep: number;
      trainLoss: LossComponents;
      /** video_music's validation metrics (absent when the run does not train that objective). */
      val?: RetrievalMetrics;
      /** The early-stopping score: the mean over objectives of their validation R@10. */
      valScore: number;
      best: boolean;
      /** Per objective: score and metrics (train() always sets it). */
      objectives?: ObjectiveValidation;
    }
  | { type: 'early-stop'; epoch: number; bestEpoch: number }
  | { type: 'done'; bestEpoch: number; test?: RetrievalMetrics };

export interface TrainOptions extends Partial<HyperParameters> {
  /** What to learn from (default ['video_music']); several are interleaved round-robin (docs/ml.md, "Objectives"). */
  objectives?: TrainingObjective[];
  /** video_music: the video–music pairs. Required for that objective. */
  dataset?: TrainingDataset;
  /** music_self_supervised: the catalog's recordings, split by whole recording. Required for that objective. */
  recordings?: MusicRecording[];
  /** text_to_music: text-only videos paired with tracks (see textToMusicDataset). Requires useText. */
  textDataset?: TrainingDataset;
  /**
   * music_self_supervised: the feature augmenter of view A and of the validation queries
   * (e.g. logmelAugmenter() from src/media/audio/augment.ts for vmr-logmel@1 features); none = bare excerpts.
   */
  augment?: FeatureAugmenter;
  /**
   * music_self_supervised's views: view A is `viewSeconds` [min, max] long, view B a clean
   * `windowSeconds` window around the same stretch, shifted by up to `shiftSeconds` (defaults:
   * both TRACK_WINDOW.seconds long, no shift).
   */
  selfSupervised?: {
    viewSeconds?: [number, number];
    windowSeconds?: number;
    shiftSeconds?: number;
    /** Share of rows whose view B is another window anywhere in the same recording (default 0). */
    otherWindow?: number;
  };
  /** Architecture overrides (any ModelConfig field). */
  model?: Partial<ModelConfig>;
  /** Shorthands for model.useText / model.segments / model.dim (these win over `model`). */
  useText?: boolean;
  segments?: number;
  dim?: number;
  onProgress?: (e: TrainProgressEvent) => void;
  /** Cancels between steps; train() then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Writes a checkpoint here after every epoch. */
  checkpointDir?: string;
  /** A checkpoint directory to resume from (its last completed epoch). */
  resumeFrom?: string;
  threads?: number;
  executionProviders?: string[];
  /** Evaluate the best weights on the test split at the end (default true when it has pairs). */
  evaluateTest?: boolean;
  /**
   * Also evaluate the final weights (no selection: the fixed-budget protocol) on the test split,
   * as `metrics.testFinal`. Test metrics then carry bootstrap intervals over queries.
   */
  evaluateFinal?: boolean;
  /**
   * Warm start: begin from these weights (same architecture) instead of a seeded
   * initialisation. They are validated first and reported as epoch 0, and count as the best
   * so far, so a warm-started run never returns weights that validate worse than its start.
   */
  initialParams?: ParamStore;
}

export interface TrainedModel {
  config: ModelConfig;
  loss: IILossConfig;
  hyper: HyperParameters;
  params: ParamStore;
  /** The objectives the model was trained with (exportModel records them); train() always sets it, absent = ['video_music']. */
  objectives?: TrainingObjective[];
  datasetName: string;
  /** video_music alone: datasetHash(dataset); otherwise sha256 over `dataHashes`. */
  datasetHash: string;
  /** Per objective, the hash of its training data (datasetHash / recordingsHash). */
  dataHashes?: Partial<Record<TrainingObjective, string>>;
  bestEpoch: number;
  epochsRun: number;
  steps: number;
  /**
   * `val` / `test` / `testFinal`: video_music's, as before. `objectives` (present when the run
   * trained anything other than video_music alone): every objective's validation metrics at the
   * best epoch and test metrics of the best weights (when its test split has items).
   */
  metrics: {
    val?: RetrievalMetrics;
    test?: RetrievalMetrics;
    testFinal?: RetrievalMetrics;
    objectives?: { val: ObjectiveMetrics; test?: ObjectiveMetrics };
  };
  history: { epoch: number; trainLoss: LossComponents; valScore: number }[];
}

interface CheckpointMeta {
  epoch: number;
  globalStep: number;
  adamStep: number;
  bestEpoch: number;
  bestScore: number;
  badEpochs: number;
  bestVal?: RetrievalMetrics;
  bestObjectives?: ObjectiveMetrics;
  history: TrainedModel['history'];
  fingerprint: string;
}

/** Validation score for early stopping: mean R@10 over both directions. */
function valScore(m: RetrievalMetrics): number {
  return (m.v2m.r10 + m.m2v.r10) / 2;
}

function abortError(): Error {
  const e = new Error('training aborted');
  e.name = 'AbortError';
  return e;
}

interface StepResult {
  terms: Float32Array;
  grads: Map<string, Float32Array>;
  /** The parameters this step updates (all, or music.* for music_self_supervised). */
  params: ParamStore;
}

/** One objective inside the loop: its batches (cycled when smaller than the largest) and its validation. */
interface ObjectiveRunner {
  objective: TrainingObjective;
  items: number;
  /** Batches in one pass over its training items. */
  steps: number;
  startEpoch(epoch: number): void;
  step(params: ParamStore, globalStep: number): Promise<StepResult>;
  validate(params: ParamStore, split: Split, intervals?: boolean): Promise<ObjectiveMetrics>;
  hasSplit(split: Split): boolean;
  release(): Promise<void>;
}

/** Per-epoch generator salts: video_music keeps the seed stream it always had. */
const EPOCH_SALT: Record<TrainingObjective, number> = {
  video_music: 0,
  music_self_supervised: 0x55e1f,
  text_to_music: 0x7e47,
};

interface LoopContext {
  c: ModelConfig;
  h: HyperParameters;
  loss: IILossConfig;
  horizon: () => number;
  shapes: Map<string, number[]>;
  embedder: Embedder;
  sessionOpts: { threads?: number; executionProviders?: string[] };
}

function paramFeeds(ctx: LoopContext, params: ParamStore, names?: string[]): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of names ?? params.keys())
    feeds[name] = new ort.Tensor('float32', params.get(name)!, ctx.shapes.get(name)!);
  return feeds;
}

function scheduleFeed(ctx: LoopContext, globalStep: number): Record<string, ort.Tensor> {
  if (!ctx.loss.scheduled) return {};
  return {
    'loss.intra_scale': new ort.Tensor(
      'float32',
      Float32Array.of(Math.max(0, 1 - globalStep / ctx.horizon())),
      [1],
    ),
  };
}

/** A batch cursor over a shuffled order that reshuffles (with the objective's epoch generator) when exhausted. */
class Cursor {
  private order: number[] = [];
  private pos = 0;
  rng = new Rng(1);
  constructor(
    private readonly n: number,
    readonly bounds: [number, number][],
    private readonly seed: number,
    private readonly salt: number,
  ) {}
  startEpoch(epoch: number): void {
    // One generator per epoch: a resumed run sees exactly the batches an uninterrupted one would.
    this.rng = new Rng((Math.imul(this.seed, 7919) + epoch) ^ this.salt);
    this.order = this.rng.shuffle(Array.from({ length: this.n }, (_, i) => i));
    this.pos = 0;
  }
  /** The next batch's item indices. */
  next(): number[] {
    if (this.pos === this.bounds.length) {
      this.order = this.rng.shuffle(Array.from({ length: this.n }, (_, i) => i));
      this.pos = 0;
    }
    const [start, end] = this.bounds[this.pos++]!;
    return this.order.slice(start, end);
  }
}

/** video_music and text_to_music: pairs through the II training graph. */
async function pairRunner(
  ctx: LoopContext,
  objective: 'video_music' | 'text_to_music',
  dataset: TrainingDataset,
): Promise<ObjectiveRunner> {
  const { c, h } = ctx;
  const ix = indexDataset(dataset);
  const allTrain = ix.split.train;
  const what = objective === 'video_music' ? 'training pairs' : 'text_to_music training pairs';
  if (allTrain.length < 2) throw new RangeError(`train: need at least 2 ${what}, got ${allTrain.length}`);
  if (ix.split.val.length === 0)
    throw new RangeError(
      objective === 'video_music'
        ? 'train: the dataset has no validation pairs'
        : 'train: the textDataset has no validation pairs',
    );
  const subsetRng = new Rng(h.seed ^ 0x5eed);
  const trainPairs =
    objective === 'video_music' && h.trainFraction < 1
      ? subsetRng.shuffle([...allTrain]).slice(0, Math.max(2, Math.round(allTrain.length * h.trainFraction)))
      : allTrain;
  const B = Math.min(h.batchSize, trainPairs.length);
  // Every pair in every pass (batchBounds: ceil(n / B) near-equal batches).
  const cursor = new Cursor(
    trainPairs.length,
    batchBounds(trainPairs.length, B),
    h.seed,
    EPOCH_SALT[objective],
  );
  const pooled = pooledInputs(c, dataset.videos, dataset.tracks);
  const F = videoFrameDim(c);
  const pooledV = new Float32Array(B * F);
  const pooledM = new Float32Array(B * c.musicDim);
  const vb = new VideoBatch(c, B);
  const mb = new MusicBatch(c, B);
  // Text-only videos pool to zero frames, so the video-side intra term has no input structure to keep.
  const loss = objective === 'text_to_music' ? { ...ctx.loss, lambdaVideo: 0 } : ctx.loss;
  const session = await createSession(buildTrainingGraph(c, loss), ctx.sessionOpts);
  return {
    objective,
    items: trainPairs.length,
    steps: cursor.bounds.length,
    startEpoch: (epoch) => cursor.startEpoch(epoch),
    async step(params, globalStep) {
      const batch = cursor.next();
      const rng = cursor.rng;
      const rows = batch.length;
      for (let i = 0; i < rows; i++) {
        const pair = trainPairs[batch[i]!]!;
        const video = dataset.videos[pair.video]!;
        let keep = { visual: true, text: true };
        if (c.useText) {
          const u = rng.next();
          const hasText = !!video.text;
          if (hasText && u < h.dropVisual) keep = { visual: false, text: true };
          else if (u < h.dropVisual + h.dropText && (video.visual || video.audio))
            keep = { visual: true, text: false };
        }
        vb.set(i, video, keep, rng);
        mb.set(i, dataset.tracks[pair.track]!.audio, rng);
        pooledV.set(pooled.video.subarray(pair.video * F, (pair.video + 1) * F), i * F);
        pooledM.set(
          pooled.music.subarray(pair.track * c.musicDim, (pair.track + 1) * c.musicDim),
          i * c.musicDim,
        );
      }
      const feeds: Record<string, ort.Tensor> = {
        ...vb.trainingTensors('video.', rows),
        ...mb.tensors('music.', rows),
        'video.pooled_in': new ort.Tensor('float32', pooledV.subarray(0, rows * F), [rows, F]),
        'music.pooled_in': new ort.Tensor('float32', pooledM.subarray(0, rows * c.musicDim), [
          rows,
          c.musicDim,
        ]),
        ...scheduleFeed(ctx, globalStep),
        ...paramFeeds(ctx, params),
      };
      const out = await session.run(feeds);
      const grads = new Map([...params.keys()].map((n) => [n, out[`grad.${n}`]!.data as Float32Array]));
      return { terms: out.terms!.data as Float32Array, grads, params };
    },
    async validate(params, split, intervals = false) {
      return { [objective]: await evaluateSplit(ctx.embedder, params, ix, split, { intervals }) };
    },
    hasSplit: (split) => ix.split[split].length > 0,
    release: () => session.release(),
  };
}

/** music_self_supervised: an augmented excerpt (view A) against a clean window of the same recording near it (view B), music tower only. */
async function selfSupervisedRunner(
  ctx: LoopContext,
  recordings: MusicRecording[],
  augment: FeatureAugmenter | undefined,
  views: TrainOptions['selfSupervised'] = {},
): Promise<ObjectiveRunner> {
  const { c, h } = ctx;
  // Both views are track windows (TRACK_WINDOW): a clip is matched window by window.
  const [minView, maxView] = views.viewSeconds ?? [TRACK_WINDOW.seconds, TRACK_WINDOW.seconds];
  const windowSeconds = views.windowSeconds ?? TRACK_WINDOW.seconds;
  const shift = views.shiftSeconds ?? 0;
  const otherWindow = views.otherWindow ?? 0;
  for (const r of recordings) {
    if (r.split !== 'train' && r.split !== 'val' && r.split !== 'test')
      throw new RangeError(`train: recording '${r.id}' has unknown split '${String(r.split)}'`);
    if (r.audio.dim !== c.musicDim)
      throw new RangeError(
        `train: recording '${r.id}' has ${r.audio.dim}-d audio, the model takes ${c.musicDim}`,
      );
    if (r.audio.frames < 1) throw new RangeError(`train: recording '${r.id}' has no frames`);
  }
  const trainRecs = recordings.filter((r) => r.split === 'train');
  const count = (s: Split) => recordings.filter((r) => r.split === s).length;
  if (trainRecs.length < 2)
    throw new RangeError(`train: need at least 2 training recordings, got ${trainRecs.length}`);
  if (count('val') < 2)
    throw new RangeError(`train: need at least 2 validation recordings, got ${count('val')}`);
  const B = Math.min(h.batchSize, trainRecs.length);
  const cursor = new Cursor(
    trainRecs.length,
    batchBounds(trainRecs.length, B),
    h.seed,
    EPOCH_SALT.music_self_supervised,
  );
  const pooledB = new Float32Array(B * c.musicDim);
  const ma = new MusicBatch(c, B);
  const mbB = new MusicBatch(c, B);
  const names = musicParamNames(c);
  const session = await createSession(buildSelfSupervisedGraph(c, ctx.loss), ctx.sessionOpts);
  const span = maxView - minView + 1;
  return {
    objective: 'music_self_supervised',
    items: trainRecs.length,
    steps: cursor.bounds.length,
    startEpoch: (epoch) => cursor.startEpoch(epoch),
    async step(params, globalStep) {
      const batch = cursor.next();
      const rng = cursor.rng;
      const rows = batch.length;
      for (let i = 0; i < rows; i++) {
        const k = batch[i]!;
        const rec = trainRecs[k]!;
        const T = rec.audio.frames;
        const L = Math.min(T, minView + rng.int(span));
        const startA = rng.int(T - L + 1);
        // A degraded copy when the recording has some (3 in 4 steps), else the clean features
        // through the feature augmenter.
        const variants = rec.variants ?? [];
        const source = variants.length && rng.next() < 0.75 ? variants[rng.int(variants.length)]! : null;
        const view: FeatureSequence =
          source && source.frames >= startA + L
            ? excerptOf(source, L, startA, undefined, rng)
            : excerptOf(rec.audio, L, startA, augment, rng);
        ma.set(i, view, rng);
        // View B: a clean catalog window (TRACK_WINDOW) of the same recording near view A, the
        // window a clip of that stretch is matched against at search time, at a random shift of
        // up to one hop either side (the grid does not line up with the clip).
        const W = Math.min(T, windowSeconds);
        const centre = startA + Math.floor(L / 2) - Math.floor(W / 2) + rng.int(2 * shift + 1) - shift;
        const startB =
          otherWindow > 0 && rng.next() < otherWindow
            ? rng.int(T - W + 1)
            : Math.max(0, Math.min(T - W, centre));
        const window = excerptOf(rec.audio, W, startB, undefined, rng);
        mbB.set(i, window, rng);
        meanPoolInto(window, pooledB, i * c.musicDim);
      }
      const feeds: Record<string, ort.Tensor> = {
        ...ma.tensors('a.', rows),
        ...mbB.tensors('b.', rows),
        'b.pooled_in': new ort.Tensor('float32', pooledB.subarray(0, rows * c.musicDim), [rows, c.musicDim]),
        ...scheduleFeed(ctx, globalStep),
        ...paramFeeds(ctx, params, names),
      };
      const out = await session.run(feeds);
      const grads = new Map(names.map((n) => [n, out[`grad.${n}`]!.data as Float32Array]));
      const sub: ParamStore = new Map(names.map((n) => [n, params.get(n)!]));
      return { terms: out.terms!.data as Float32Array, grads, params: sub };
    },
    async validate(params, split, intervals = false) {
      const dim = c.dim;
      const embedMusic = async (seqs: FeatureSequence[]) => {
        const flat = await ctx.embedder.embedTracks(params, seqs);
        return seqs.map((_, i) => flat.subarray(i * dim, (i + 1) * dim));
      };
      const r = await excerptRetrievalMetrics(embedMusic, recordings, split, { augment, intervals });
      return { music_self_supervised: r.metrics };
    },
    hasSplit: (split) => count(split) >= 2,
    release: () => session.release(),
  };
}

function objectiveScore(m: ObjectiveMetrics): { scores: ObjectiveValidation; mean: number } {
  const scores: ObjectiveValidation = {};
  if (m.video_music) scores.video_music = { score: valScore(m.video_music), metrics: m.video_music };
  if (m.text_to_music) scores.text_to_music = { score: valScore(m.text_to_music), metrics: m.text_to_music };
  if (m.music_self_supervised)
    // MRR, not R@10: a catalog adapted on tens of recordings holds out a handful, where R@10 is 1 at once.
    scores.music_self_supervised = { score: m.music_self_supervised.mrr, metrics: m.music_self_supervised };
  const vals = Object.values(scores).map((s) => s.score);
  return { scores, mean: vals.reduce((a, b) => a + b, 0) / vals.length };
}

function resolveObjectives(opts: TrainOptions, c: ModelConfig): TrainingObjective[] {
  const objectives = opts.objectives ?? ['video_music'];
  if (!Array.isArray(objectives) || objectives.length === 0)
    throw new RangeError('train: objectives must name at least one objective');
  for (const o of objectives)
    if (!TRAINING_OBJECTIVES.includes(o))
      throw new RangeError(
        `train: unknown objective ${JSON.stringify(o)} (expected one of ${TRAINING_OBJECTIVES.join(', ')})`,
      );
  if (new Set(objectives).size !== objectives.length)
    throw new RangeError(`train: objectives lists an objective twice: ${objectives.join(', ')}`);
  if (objectives.includes('video_music') && !opts.dataset)
    throw new RangeError("train: objective 'video_music' needs `dataset` (video–music pairs)");
  if (objectives.includes('music_self_supervised') && !opts.recordings)
    throw new RangeError("train: objective 'music_self_supervised' needs `recordings`");
  if (objectives.includes('text_to_music')) {
    if (!opts.textDataset) throw new RangeError("train: objective 'text_to_music' needs `textDataset`");
    if (!c.useText) throw new RangeError("train: objective 'text_to_music' needs a model with useText");
    checkTextDataset(opts.textDataset);
  }
  return objectives;
}

/**
 * The training loop: seeded batches with Global Sparse sampling and modality
 * dropout, one onnxruntime run per step (forward + loss + gradients), AdamW in
 * TypeScript, validation and checkpoint each epoch, early stopping on validation
 * recall, and the best epoch's weights as the result. Several objectives share one
 * parameter set and optimizer; their batches alternate round-robin.
 */
export async function train(opts: TrainOptions): Promise<TrainedModel> {
  const h = resolveHyper(opts);
  const c = resolveModelConfig({
    ...opts.model,
    ...(opts.useText !== undefined ? { useText: opts.useText } : {}),
    ...(opts.segments !== undefined ? { segments: opts.segments } : {}),
    ...(opts.dim !== undefined ? { dim: opts.dim } : {}),
  });
  const objectives = resolveObjectives(opts, c);
  const onlyVideoMusic = objectives.length === 1 && objectives[0] === 'video_music';
  const loss = lossConfigOf(h);
  const dataHashes: Partial<Record<TrainingObjective, string>> = {};
  if (objectives.includes('video_music')) dataHashes.video_music = datasetHash(opts.dataset!);
  if (objectives.includes('music_self_supervised'))
    dataHashes.music_self_supervised = recordingsHash(opts.recordings!);
  if (objectives.includes('text_to_music')) dataHashes.text_to_music = datasetHash(opts.textDataset!);
  const hash = onlyVideoMusic
    ? dataHashes.video_music!
    : createHash('sha256').update(JSON.stringify(dataHashes)).digest('hex');
  // video_music alone keeps the fingerprint it always had (its checkpoints stay resumable).
  const fingerprint = JSON.stringify({
    c,
    h: { ...h, epochs: 0, maxSteps: 0 },
    hash,
    ...(opts.initialParams ? { warmStart: true } : {}),
    ...(onlyVideoMusic ? {} : { objectives, augment: opts.augment ? true : false }),
  });
  const emit = opts.onProgress ?? (() => {});
  const datasetName =
    opts.dataset?.name ?? opts.textDataset?.name ?? (opts.recordings ? 'music-recordings' : 'unnamed');

  if (opts.initialParams) {
    for (const spec of paramSpecs(c)) {
      const p = opts.initialParams.get(spec.name);
      const size = spec.shape.reduce((a, b) => a * b, 1);
      if (!p || p.length !== size)
        throw new RangeError(
          `train: initialParams.${spec.name} must have ${size} values for this architecture, got ${p?.length ?? 'none'}`,
        );
    }
  }

  const sessionOpts = { threads: opts.threads, executionProviders: opts.executionProviders };
  const embedder = await Embedder.create(c, sessionOpts);
  let stepsPerEpoch = 0;
  const ctx: LoopContext = {
    c,
    h,
    loss,
    // The λ schedule's horizon: the step budget, or the whole run.
    horizon: () => (h.maxSteps > 0 ? h.maxSteps : h.epochs * stepsPerEpoch),
    shapes: new Map(paramSpecs(c).map((s) => [s.name, s.shape])),
    embedder,
    sessionOpts,
  };
  const runners: ObjectiveRunner[] = [];
  try {
    for (const o of objectives) {
      if (o === 'video_music') runners.push(await pairRunner(ctx, o, opts.dataset!));
      else if (o === 'text_to_music') runners.push(await pairRunner(ctx, o, opts.textDataset!));
      else runners.push(await selfSupervisedRunner(ctx, opts.recordings!, opts.augment, opts.selfSupervised));
    }
    // An epoch is one pass over the largest objective; smaller ones cycle. One step of each per round.
    const rounds = Math.max(...runners.map((r) => r.steps));
    stepsPerEpoch = rounds * runners.length;

    let params = opts.initialParams ? cloneParams(opts.initialParams) : initParams(c, new Rng(h.seed));
    let adam: AdamWState = initAdamW(params);
    let best = cloneParams(params);
    let meta: CheckpointMeta = {
      epoch: 0,
      globalStep: 0,
      adamStep: 0,
      bestEpoch: 0,
      bestScore: -1,
      badEpochs: 0,
      history: [],
      fingerprint,
    };
    if (opts.resumeFrom) {
      const ck = await loadCheckpoint<CheckpointMeta>(opts.resumeFrom, c);
      if (ck.meta.fingerprint !== fingerprint)
        throw new RangeError(`train: checkpoint at ${opts.resumeFrom} was made with other options or data`);
      meta = ck.meta;
      params = ck.tensors.params!;
      best = ck.tensors.best!;
      adam = { step: meta.adamStep, m: ck.tensors.adamM!, v: ck.tensors.adamV! };
    }
    const trainItems = Object.fromEntries(runners.map((r) => [r.objective, r.items]));
    emit({
      type: 'start',
      epochs: h.epochs,
      stepsPerEpoch,
      batchSize: Math.min(h.batchSize, Math.max(...runners.map((r) => r.items))),
      trainPairs: trainItems.video_music ?? Math.max(...runners.map((r) => r.items)),
      resumedFromEpoch: meta.epoch,
      objectives,
      trainItems,
    });

    const validate = async (p: ParamStore, split: Split, intervals = false) => {
      const m: ObjectiveMetrics = {};
      for (const r of runners) if (r.hasSplit(split)) Object.assign(m, await r.validate(p, split, intervals));
      return m;
    };

    if (opts.initialParams && !opts.resumeFrom) {
      const m = await validate(params, 'val');
      const { scores, mean } = objectiveScore(m);
      meta.bestScore = mean;
      meta.bestVal = m.video_music;
      meta.bestObjectives = m;
      emit({
        type: 'epoch',
        epoch: 0,
        globalStep: 0,
        trainLoss: { inter: 0, intraVideo: 0, intraMusic: 0, total: 0 },
        ...(m.video_music ? { val: m.video_music } : {}),
        valScore: mean,
        best: true,
        objectives: scores,
      });
    }
    for (let epoch = meta.epoch + 1; epoch <= h.epochs; epoch++) {
      for (const r of runners) r.startEpoch(epoch);
      const sum: LossComponents = { inter: 0, intraVideo: 0, intraMusic: 0, total: 0 };
      let steps = 0;
      let budgetSpent = false;
      for (let round = 0; round < rounds && !budgetSpent; round++) {
        for (const [j, runner] of runners.entries()) {
          if (opts.signal?.aborted) throw abortError();
          if (h.maxSteps > 0 && meta.globalStep >= h.maxSteps) {
            budgetSpent = true;
            break;
          }
          const t0 = performance.now();
          const { terms, grads, params: updated } = await runner.step(params, meta.globalStep);
          if (!Number.isFinite(terms[3]!))
            throw new Error(`training diverged at step ${meta.globalStep + 1}: loss ${terms[3]}`);
          adamWStep(updated, grads, adam, {
            lr: h.lr,
            weightDecay: h.weightDecay,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
          });
          meta.globalStep++;
          steps++;
          const lossNow = {
            inter: terms[0]!,
            intraVideo: terms[1]!,
            intraMusic: terms[2]!,
            total: terms[3]!,
          };
          for (const k of Object.keys(sum) as (keyof LossComponents)[]) sum[k] += lossNow[k];
          emit({
            type: 'step',
            epoch,
            step: round * runners.length + j + 1,
            globalStep: meta.globalStep,
            stepsPerEpoch,
            objective: runner.objective,
            loss: lossNow,
            msPerStep: performance.now() - t0,
          });
        }
      }
      if (steps === 0) break;
      for (const k of Object.keys(sum) as (keyof LossComponents)[]) sum[k] /= steps;
      const m = await validate(params, 'val');
      const { scores, mean: score } = objectiveScore(m);
      const improved = score > meta.bestScore;
      if (improved) {
        meta.bestScore = score;
        meta.bestEpoch = epoch;
        meta.bestVal = m.video_music;
        meta.bestObjectives = m;
        meta.badEpochs = 0;
        best = cloneParams(params);
      } else {
        meta.badEpochs++;
      }
      meta.epoch = epoch;
      meta.adamStep = adam.step;
      meta.history.push({ epoch, trainLoss: sum, valScore: score });
      emit({
        type: 'epoch',
        epoch,
        globalStep: meta.globalStep,
        trainLoss: sum,
        ...(m.video_music ? { val: m.video_music } : {}),
        valScore: score,
        best: improved,
        objectives: scores,
      });
      if (opts.checkpointDir) {
        await saveCheckpoint(opts.checkpointDir, c, {
          meta,
          tensors: { params, best, adamM: adam.m, adamV: adam.v },
        });
      }
      if (meta.badEpochs >= h.patience) {
        emit({ type: 'early-stop', epoch, bestEpoch: meta.bestEpoch });
        break;
      }
      if (h.maxSteps > 0 && meta.globalStep >= h.maxSteps) break;
    }
    const wantTest = opts.evaluateTest ?? true;
    const intervals = opts.evaluateFinal ?? false;
    const testAll: ObjectiveMetrics = {};
    if (wantTest)
      for (const r of runners)
        if (r.hasSplit('test')) Object.assign(testAll, await r.validate(best, 'test', intervals));
    const vm = runners.find((r) => r.objective === 'video_music');
    const testFinal =
      opts.evaluateFinal && vm?.hasSplit('test')
        ? (await vm.validate(params, 'test', intervals)).video_music
        : undefined;
    const test = testAll.video_music;
    emit({ type: 'done', bestEpoch: meta.bestEpoch, test });
    return {
      config: c,
      loss,
      hyper: h,
      params: best,
      objectives,
      datasetName,
      datasetHash: hash,
      ...(onlyVideoMusic ? {} : { dataHashes }),
      bestEpoch: meta.bestEpoch,
      epochsRun: meta.epoch,
      steps: meta.globalStep,
      metrics: {
        val: meta.bestVal,
        test,
        ...(testFinal ? { testFinal } : {}),
        ...(onlyVideoMusic
          ? {}
          : {
              objectives: {
                val: meta.bestObjectives ?? {},
                ...(Object.keys(testAll).length > 0 ? { test: testAll } : {}),
              },
            }),
      },
      history: meta.history,
    };
  } finally {
    for (const r of runners) await r.release();
    await embedder.release();
  }
}
