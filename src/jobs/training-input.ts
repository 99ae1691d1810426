import { badInput } from '../errors.js';
import { numberInRange } from '../catalog/validation.js';
import type { TrainingObjectiveName } from '../models/model-front-ends.js';

export type { TrainingObjectiveName };

/** What an admin asks for in startTraining, validated and with defaults filled in. */
export interface TrainingRequest {
  hyper: {
    epochs: number;
    batchSize: number;
    lr: number;
    weightDecay: number;
    lambdaVideo: number;
    lambdaMusic: number;
    tau: number;
    tauIn: number;
    tauOut: number;
    divergence: 'kl' | 'mse';
    seed: number;
    patience: number;
  };
  data: {
    /** Only pairs whose `source` is listed; all pairs when empty. */
    sources: string[];
    /** Share of TRAIN pairs held out for validation when no pair is marked VALIDATION. */
    validationFraction: number;
    maxPairs: number | null;
  };
  /**
   * What the run learns from, in the order given (the first decides the front end and the
   * comparison with the active model). Absent in runs queued before objectives existed: VIDEO_MUSIC.
   */
  objectives?: TrainingObjectiveName[];
  useText: boolean;
  autoActivate: boolean;
  /** Start from the active model's weights (./warm-start.ts). Absent in runs queued before it existed. */
  warmStart?: boolean;
  /**
   * Loss settings to choose from by validation (./training-settings.ts): λ (both λ_v and λ_m),
   * τ_in and τ_out; every combination is trained. Absent: the one setting in `hyper`.
   */
  grid?: { lambda: number[]; tauIn: number[]; tauOut: number[] };
}

/** At most this many settings (the product of the grids' lengths) per run. */
export const MAX_GRID_SETTINGS = 8;

export interface TrainingInputArg {
  epochs?: number | null;
  batchSize?: number | null;
  learningRate?: number | null;
  weightDecay?: number | null;
  lambdaVideo?: number | null;
  lambdaMusic?: number | null;
  temperature?: number | null;
  temperatureIn?: number | null;
  temperatureOut?: number | null;
  divergence?: 'KL' | 'MSE' | null;
  seed?: number | null;
  patience?: number | null;
  sources?: string[] | null;
  validationFraction?: number | null;
  maxPairs?: number | null;
  useText?: boolean | null;
  autoActivate?: boolean | null;
  warmStart?: boolean | null;
  lambdaGrid?: number[] | null;
  temperatureInGrid?: number[] | null;
  temperatureOutGrid?: number[] | null;
  objectives?: TrainingObjectiveName[] | null;
}

/** The run's objectives: default [VIDEO_MUSIC]; none and duplicates are refused. */
export function requestObjectives(request: Pick<TrainingRequest, 'objectives'>): TrainingObjectiveName[] {
  return request.objectives?.length ? request.objectives : ['VIDEO_MUSIC'];
}

function objectives(values: TrainingObjectiveName[] | null | undefined): TrainingObjectiveName[] {
  if (values == null) return ['VIDEO_MUSIC'];
  if (values.length === 0)
    throw badInput('input.objectives must list at least one objective', 'input.objectives');
  if (new Set(values).size !== values.length)
    throw badInput(`input.objectives lists an objective twice: ${values.join(', ')}`, 'input.objectives');
  return [...values];
}

function int(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max)
    throw badInput(`input.${field} must be an integer from ${min} to ${max}, got ${v}`, `input.${field}`);
  return v;
}

/** A finite number in range, or the default; the catalog's validator words the error. */
function num(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  return numberInRange(value ?? fallback, min, max, `input.${field}`);
}

/** A grid's values, each in range and distinct, or [fallback] when not given. */
function grid(
  values: number[] | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number[] {
  if (values == null) return [fallback];
  if (values.length === 0 || values.length > MAX_GRID_SETTINGS)
    throw badInput(
      `input.${field} must list 1 to ${MAX_GRID_SETTINGS} values, got ${values.length}`,
      `input.${field}`,
    );
  const checked = values.map((v, i) => numberInRange(v, min, max, `input.${field}[${i}]`));
  if (new Set(checked).size !== checked.length)
    throw badInput(`input.${field} lists a value twice: ${JSON.stringify(values)}`, `input.${field}`);
  return checked;
}

export function resolveTrainingInput(input: TrainingInputArg): TrainingRequest {
  const request = resolveSingle(input);
  if (request.objectives?.includes('TEXT_TO_MUSIC') && !request.useText)
    throw badInput(
      'input.objectives: TEXT_TO_MUSIC trains the text tower; it needs useText: true',
      'input.useText',
    );
  if (input.lambdaGrid == null && input.temperatureInGrid == null && input.temperatureOutGrid == null)
    return request;
  const g = {
    lambda: grid(input.lambdaGrid, request.hyper.lambdaVideo, 0, 100, 'lambdaGrid'),
    tauIn: grid(input.temperatureInGrid, request.hyper.tauIn, 0.001, 10, 'temperatureInGrid'),
    tauOut: grid(input.temperatureOutGrid, request.hyper.tauOut, 0.001, 10, 'temperatureOutGrid'),
  };
  const settings = g.lambda.length * g.tauIn.length * g.tauOut.length;
  if (settings > MAX_GRID_SETTINGS)
    throw badInput(
      `input.lambdaGrid × temperatureInGrid × temperatureOutGrid make ${settings} settings; at most ${MAX_GRID_SETTINGS}`,
      'input.lambdaGrid',
    );
  return { ...request, grid: g };
}

function resolveSingle(input: TrainingInputArg): TrainingRequest {
  return {
    hyper: {
      epochs: int(input.epochs, 20, 1, 500, 'epochs'),
      batchSize: int(input.batchSize, 256, 2, 4096, 'batchSize'),
      lr: num(input.learningRate, 1e-3, 1e-6, 1, 'learningRate'),
      weightDecay: num(input.weightDecay, 1e-4, 0, 1, 'weightDecay'),
      lambdaVideo: num(input.lambdaVideo, 1, 0, 100, 'lambdaVideo'),
      lambdaMusic: num(input.lambdaMusic, 1, 0, 100, 'lambdaMusic'),
      tau: num(input.temperature, 0.07, 0.001, 10, 'temperature'),
      tauIn: num(input.temperatureIn, 0.1, 0.001, 10, 'temperatureIn'),
      tauOut: num(input.temperatureOut, 0.1, 0.001, 10, 'temperatureOut'),
      divergence: input.divergence === 'MSE' ? 'mse' : 'kl',
      seed: int(input.seed, 1, 0, 2 ** 31 - 1, 'seed'),
      patience: int(input.patience, 6, 1, 500, 'patience'),
    },
    data: {
      sources: (input.sources ?? []).map((s) => s.trim()).filter(Boolean),
      validationFraction: num(input.validationFraction, 0.15, 0.01, 0.5, 'validationFraction'),
      maxPairs: input.maxPairs == null ? null : int(input.maxPairs, 0, 2, 10_000_000, 'maxPairs'),
    },
    objectives: objectives(input.objectives),
    useText: input.useText ?? true,
    autoActivate: input.autoActivate ?? false,
    warmStart: input.warmStart ?? false,
  };
}
