import * as ort from 'onnxruntime-node';
import { indexDataset } from '../data/dataset.js';
import type { TrainingDataset } from '../data/dataset.js';
import { datasetHash } from '../data/dataset-hash.js';
import { Embedder } from '../eval/embedder.js';
import { evaluateSplit } from '../eval/evaluate.js';
import type { RetrievalMetrics } from '../eval/metrics.js';
import { videoFrameDim } from '../model/config.js';
import type { ModelConfig } from '../model/config.js';
import { buildTrainingGraph } from '../model/graphs.js';
import { cloneParams, initParams, paramSpecs } from '../model/params.js';
import type { ParamStore } from '../model/params.js';
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

export type TrainProgressEvent =
  | {
      type: 'start';
      epochs: number;
      stepsPerEpoch: number;
      batchSize: number;
      trainPairs: number;
      resumedFromEpoch: number;
    }
  | {
      type: 'step';
      epoch: number;
      step: number;
      globalStep: number;
      stepsPerEpoch: number;
      loss: LossComponents;
      msPerStep: number;
    }
  | {
      type: 'epoch';
      epoch: number;
      globalStep: number;
      trainLoss: LossComponents;
      val: RetrievalMetrics;
      valScore: number;
      best: boolean;
    }
  | { type: 'early-stop'; epoch: number; bestEpoch: number }
  | { type: 'done'; bestEpoch: number; test?: RetrievalMetrics };

export interface TrainOptions extends Partial<HyperParameters> {
  dataset: TrainingDataset;
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
  datasetName: string;
  datasetHash: string;
  bestEpoch: number;
  epochsRun: number;
  steps: number;
  metrics: { val?: RetrievalMetrics; test?: RetrievalMetrics; testFinal?: RetrievalMetrics };
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

/**
 * The training loop: seeded batches with Global Sparse sampling and modality
 * dropout, one onnxruntime run per step (forward + II loss + gradients), AdamW in
 * TypeScript, validation and checkpoint each epoch, early stopping on validation
 * recall, and the best epoch's weights as the result.
 */
export async function train(opts: TrainOptions): Promise<TrainedModel> {
  const h = resolveHyper(opts);
  const c = resolveModelConfig({
    ...opts.model,
    ...(opts.useText !== undefined ? { useText: opts.useText } : {}),
    ...(opts.segments !== undefined ? { segments: opts.segments } : {}),
    ...(opts.dim !== undefined ? { dim: opts.dim } : {}),
  });
  const loss = lossConfigOf(h);
  const ix = indexDataset(opts.dataset);
  const hash = datasetHash(opts.dataset);
  const fingerprint = JSON.stringify({
    c,
    h: { ...h, epochs: 0, maxSteps: 0 },
    hash,
    ...(opts.initialParams ? { warmStart: true } : {}),
  });
  const emit = opts.onProgress ?? (() => {});

  const allTrain = ix.split.train;
  if (allTrain.length < 2)
    throw new RangeError(`train: need at least 2 training pairs, got ${allTrain.length}`);
  if (ix.split.val.length === 0) throw new RangeError('train: the dataset has no validation pairs');
  const subsetRng = new Rng(h.seed ^ 0x5eed);
  const trainPairs =
    h.trainFraction < 1
      ? subsetRng.shuffle([...allTrain]).slice(0, Math.max(2, Math.round(allTrain.length * h.trainFraction)))
      : allTrain;
  const B = Math.min(h.batchSize, trainPairs.length);
  // Every pair in every epoch (batchBounds: ceil(n / B) near-equal batches).
  const bounds = batchBounds(trainPairs.length, B);
  const stepsPerEpoch = bounds.length;
  // The λ schedule's horizon: the step budget, or the whole run.
  const horizon = h.maxSteps > 0 ? h.maxSteps : h.epochs * stepsPerEpoch;

  const pooled = pooledInputs(c, opts.dataset.videos, opts.dataset.tracks);
  const F = videoFrameDim(c);
  const pooledV = new Float32Array(B * F);
  const pooledM = new Float32Array(B * c.musicDim);
  const vb = new VideoBatch(c, B);
  const mb = new MusicBatch(c, B);
  const sessionOpts = { threads: opts.threads, executionProviders: opts.executionProviders };
  const session = await createSession(buildTrainingGraph(c, loss), sessionOpts);
  const embedder = await Embedder.create(c, sessionOpts);

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
  const shapes = new Map(paramSpecs(c).map((s) => [s.name, s.shape]));
  emit({
    type: 'start',
    epochs: h.epochs,
    stepsPerEpoch,
    batchSize: B,
    trainPairs: trainPairs.length,
    resumedFromEpoch: meta.epoch,
  });

  try {
    if (opts.initialParams && !opts.resumeFrom) {
      const val = await evaluateSplit(embedder, params, ix, 'val');
      meta.bestScore = valScore(val);
      meta.bestVal = val;
      emit({
        type: 'epoch',
        epoch: 0,
        globalStep: 0,
        trainLoss: { inter: 0, intraVideo: 0, intraMusic: 0, total: 0 },
        val,
        valScore: meta.bestScore,
        best: true,
      });
    }
    for (let epoch = meta.epoch + 1; epoch <= h.epochs; epoch++) {
      // One generator per epoch: a resumed run sees exactly the batches an uninterrupted one would.
      const rng = new Rng(Math.imul(h.seed, 7919) + epoch);
      const order = rng.shuffle(trainPairs.map((_, i) => i));
      const sum: LossComponents = { inter: 0, intraVideo: 0, intraMusic: 0, total: 0 };
      let steps = 0;
      for (let s = 0; s < stepsPerEpoch; s++) {
        if (opts.signal?.aborted) throw abortError();
        if (h.maxSteps > 0 && meta.globalStep >= h.maxSteps) break;
        const t0 = performance.now();
        const [start, end] = bounds[s]!;
        const rows = end - start;
        for (let i = 0; i < rows; i++) {
          const pair = trainPairs[order[start + i]!]!;
          const video = opts.dataset.videos[pair.video]!;
          let keep = { visual: true, text: true };
          if (c.useText) {
            const u = rng.next();
            const hasText = !!video.text;
            if (hasText && u < h.dropVisual) keep = { visual: false, text: true };
            else if (u < h.dropVisual + h.dropText && (video.visual || video.audio))
              keep = { visual: true, text: false };
          }
          vb.set(i, video, keep, rng);
          mb.set(i, opts.dataset.tracks[pair.track]!.audio, rng);
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
        };
        if (loss.scheduled)
          feeds['loss.intra_scale'] = new ort.Tensor(
            'float32',
            Float32Array.of(Math.max(0, 1 - meta.globalStep / horizon)),
            [1],
          );
        for (const [name, p] of params) feeds[name] = new ort.Tensor('float32', p, shapes.get(name)!);
        const out = await session.run(feeds);
        const terms = out.terms!.data as Float32Array;
        if (!Number.isFinite(terms[3]!))
          throw new Error(`training diverged at step ${meta.globalStep + 1}: loss ${terms[3]}`);
        const grads = new Map([...params.keys()].map((n) => [n, out[`grad.${n}`]!.data as Float32Array]));
        adamWStep(params, grads, adam, {
          lr: h.lr,
          weightDecay: h.weightDecay,
          beta1: 0.9,
          beta2: 0.999,
          eps: 1e-8,
        });
        meta.globalStep++;
        steps++;
        const lossNow = { inter: terms[0]!, intraVideo: terms[1]!, intraMusic: terms[2]!, total: terms[3]! };
        for (const k of Object.keys(sum) as (keyof LossComponents)[]) sum[k] += lossNow[k];
        emit({
          type: 'step',
          epoch,
          step: s + 1,
          globalStep: meta.globalStep,
          stepsPerEpoch,
          loss: lossNow,
          msPerStep: performance.now() - t0,
        });
      }
      if (steps === 0) break;
      for (const k of Object.keys(sum) as (keyof LossComponents)[]) sum[k] /= steps;
      const val = await evaluateSplit(embedder, params, ix, 'val');
      const score = valScore(val);
      const improved = score > meta.bestScore;
      if (improved) {
        meta.bestScore = score;
        meta.bestEpoch = epoch;
        meta.bestVal = val;
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
        val,
        valScore: score,
        best: improved,
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
    const wantTest = (opts.evaluateTest ?? true) && ix.split.test.length > 0;
    const intervals = { intervals: opts.evaluateFinal ?? false };
    const test = wantTest ? await evaluateSplit(embedder, best, ix, 'test', intervals) : undefined;
    const testFinal =
      opts.evaluateFinal && ix.split.test.length > 0
        ? await evaluateSplit(embedder, params, ix, 'test', intervals)
        : undefined;
    emit({ type: 'done', bestEpoch: meta.bestEpoch, test });
    return {
      config: c,
      loss,
      hyper: h,
      params: best,
      datasetName: opts.dataset.name,
      datasetHash: hash,
      bestEpoch: meta.bestEpoch,
      epochsRun: meta.epoch,
      steps: meta.globalStep,
      metrics: { val: meta.bestVal, test, ...(testFinal ? { testFinal } : {}) },
      history: meta.history,
    };
  } finally {
    await session.release();
    await embedder.release();
  }
}
