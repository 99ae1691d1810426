import type { Divergence, IILossConfig } from '../loss/ii-loss.js';
import { DEFAULT_MODEL_CONFIG, validateModelConfig } from '../model/config.js';
import type { ModelConfig } from '../model/config.js';

export interface HyperParameters {
  epochs: number;
  batchSize: number;
  lr: number;
  weightDecay: number;
  seed: number;
  lambdaVideo: number;
  lambdaMusic: number;
  tau: number;
  tauIn: number;
  tauOut: number;
  divergence: Divergence;
  /** Early-stopping patience, in validations without improvement. */
  patience: number;
  /** Use only this fraction of the training pairs (few-sample experiments). */
  trainFraction: number;
  /** With text on: probability of dropping visual+audio (text-only) / text for a training video. */
  dropVisual: number;
  dropText: number;
  /** Stop after this many optimizer steps in total (0 = no limit). */
  maxSteps: number;
  /** II variant: keep only each row's k nearest input neighbours in the intra term (0 = all; ii-loss.ts). */
  intraTopK: number;
  /**
   * II variant: `linear-decay` scales λ by 1 − t/T over the run's T steps (T = maxSteps, else
   * epochs × steps per epoch), so the intra term shapes the start and InfoNCE alone finishes.
   */
  lambdaSchedule: LambdaSchedule;
}

export type LambdaSchedule = 'constant' | 'linear-decay';

export const DEFAULT_HYPER: HyperParameters = {
  epochs: 30,
  batchSize: 256,
  lr: 1e-3,
  weightDecay: 1e-4,
  seed: 1,
  lambdaVideo: 1,
  lambdaMusic: 1,
  tau: 0.07,
  tauIn: 0.1,
  tauOut: 0.1,
  divergence: 'kl',
  patience: 6,
  trainFraction: 1,
  dropVisual: 0.2,
  dropText: 0.2,
  maxSteps: 0,
  intraTopK: 0,
  lambdaSchedule: 'constant',
};

export function lossConfigOf(h: HyperParameters): IILossConfig {
  return {
    tau: h.tau,
    tauIn: h.tauIn,
    tauOut: h.tauOut,
    lambdaVideo: h.lambdaVideo,
    lambdaMusic: h.lambdaMusic,
    divergence: h.divergence,
    ...(h.intraTopK > 0 ? { topK: h.intraTopK } : {}),
    ...(h.lambdaSchedule !== 'constant' ? { scheduled: true } : {}),
  };
}

export function resolveHyper(h: Partial<HyperParameters>): HyperParameters {
  // Copy only known keys: callers pass whole option objects (dataset, callbacks, ...).
  const r = { ...DEFAULT_HYPER };
  for (const k of Object.keys(DEFAULT_HYPER) as (keyof HyperParameters)[]) {
    if (h[k] !== undefined) (r as Record<string, unknown>)[k] = h[k];
  }
  const positive = [
    'epochs',
    'batchSize',
    'lr',
    'tau',
    'tauIn',
    'tauOut',
    'patience',
    'trainFraction',
  ] as const;
  for (const k of positive)
    if (!(r[k] > 0) || !Number.isFinite(r[k]))
      throw new RangeError(`train: ${k} must be a positive number, got ${r[k]}`);
  for (const k of [
    'weightDecay',
    'lambdaVideo',
    'lambdaMusic',
    'dropVisual',
    'dropText',
    'maxSteps',
  ] as const) {
    if (!(r[k] >= 0) || !Number.isFinite(r[k]))
      throw new RangeError(`train: ${k} must be a non-negative number, got ${r[k]}`);
  }
  if (r.trainFraction > 1)
    throw new RangeError(`train: trainFraction must be in (0, 1], got ${r.trainFraction}`);
  if (r.divergence !== 'kl' && r.divergence !== 'mse')
    throw new RangeError(`train: divergence must be 'kl' or 'mse', got ${JSON.stringify(r.divergence)}`);
  if (!Number.isInteger(r.intraTopK) || r.intraTopK < 0)
    throw new RangeError(`train: intraTopK must be a non-negative integer, got ${r.intraTopK}`);
  if (r.lambdaSchedule !== 'constant' && r.lambdaSchedule !== 'linear-decay')
    throw new RangeError(
      `train: lambdaSchedule must be 'constant' or 'linear-decay', got ${JSON.stringify(r.lambdaSchedule)}`,
    );
  if (!Number.isInteger(r.seed)) throw new RangeError(`train: seed must be an integer, got ${r.seed}`);
  return r;
}

export function resolveModelConfig(m: Partial<ModelConfig>): ModelConfig {
  return validateModelConfig({ ...DEFAULT_MODEL_CONFIG, ...m });
}
