import type { MetricEstimate, RetrievalMetrics } from '../ml/index.js';
import type { TrainingRequest } from './training-input.js';

/** One loss setting of a run's grid: λ (= λ_v = λ_m), τ_in, τ_out. */
export interface TrainingSetting {
  lambda: number;
  tauIn: number;
  tauOut: number;
}

/** What a run records about each setting it trained (TrainingRun.settings). */
export interface TrainingSettingResult extends TrainingSetting {
  /** The selection metric: validation video → music R@10, with its 95% bootstrap interval. */
  validation: MetricEstimate;
  /** Validation video → music mean rank with its interval (lower is better; breaks R@10 ties). */
  meanRank: MetricEstimate;
  bestEpoch: number;
  chosen: boolean;
}

/** Every combination of the request's grid, λ outermost; a request without a grid has one setting. */
export function trainingSettings(request: TrainingRequest): TrainingSetting[] {
  const g = request.grid ?? {
    lambda: [request.hyper.lambdaVideo],
    tauIn: [request.hyper.tauIn],
    tauOut: [request.hyper.tauOut],
  };
  return g.lambda.flatMap((lambda) =>
    g.tauIn.flatMap((tauIn) => g.tauOut.map((tauOut) => ({ lambda, tauIn, tauOut }))),
  );
}

/**
 * Scores each setting's best-epoch weights on the validation pairs and marks the one to keep:
 * the highest video → music R@10; on equal R@10 (it saturates on small validation sets) the lower
 * mean rank; then the earlier setting in the grid. The intervals are recorded beside the choice,
 * so a reader sees when the chosen setting is not clearly better than the others.
 */
export function chooseSetting(
  scored: { setting: TrainingSetting; val: RetrievalMetrics; bestEpoch: number }[],
): { results: TrainingSettingResult[]; chosen: number } {
  if (scored.length === 0) throw new RangeError('chooseSetting: no settings were trained');
  let chosen = 0;
  scored.forEach((s, i) => {
    const best = scored[chosen]!.val.v2m;
    const v = s.val.v2m;
    if (v.r10 > best.r10 || (v.r10 === best.r10 && v.meanRank < best.meanRank)) chosen = i;
  });
  const results = scored.map((s, i) => {
    const iv = s.val.intervals;
    if (!iv) throw new RangeError('chooseSetting: validation metrics need their intervals');
    return {
      ...s.setting,
      validation: iv.v2m.r10,
      meanRank: iv.v2m.meanRank,
      bestEpoch: s.bestEpoch,
      chosen: i === chosen,
    };
  });
  return { results, chosen };
}
