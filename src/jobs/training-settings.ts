import type { MetricEstimate } from '../ml/index.js';
import { evaluationIntervals, type ObjectiveEvaluation } from './objective-validation.js';
import type { TrainingRequest } from './training-input.js';

/** One loss setting of a run's grid: λ (= λ_v = λ_m), τ_in, τ_out. */
export interface TrainingSetting {
  lambda: number;
  tauIn: number;
  tauOut: number;
}

/** What a run records about each setting it trained (TrainingRun.settings). */
export interface TrainingSettingResult extends TrainingSetting {
  /** The selection metric: the first objective's validation R@10 (video → music by default), with its 95% bootstrap interval. */
  validation: MetricEstimate;
  /** Its mean rank with its interval (lower is better; breaks R@10 ties). */
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
 * Marks the setting to keep among each setting's best-epoch weights, scored on the run's first
 * objective's held-out data (./objective-validation.ts): the highest R@10; on equal R@10 (it
 * saturates on small validation sets) the lower mean rank; then the earlier setting in the grid.
 * The intervals are recorded beside the choice, so a reader sees when the chosen setting is not
 * clearly better than the others.
 */
export function chooseSetting(
  scored: { setting: TrainingSetting; evaluation: ObjectiveEvaluation; bestEpoch: number }[],
): { results: TrainingSettingResult[]; chosen: number } {
  if (scored.length === 0) throw new RangeError('chooseSetting: no settings were trained');
  const summary = scored.map((s) => evaluationIntervals(s.evaluation));
  let chosen = 0;
  summary.forEach((s, i) => {
    const best = summary[chosen]!;
    if (
      s.r10.value > best.r10.value ||
      (s.r10.value === best.r10.value && s.meanRank.value < best.meanRank.value)
    )
      chosen = i;
  });
  const results = scored.map((s, i) => ({
    ...s.setting,
    validation: summary[i]!.r10,
    meanRank: summary[i]!.meanRank,
    bestEpoch: s.bestEpoch,
    chosen: i === chosen,
  }));
  return { results, chosen };
}
