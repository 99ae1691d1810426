import type { TrainingMetric, TrainingRun } from '../generated/prisma/client.js';
import type { RetrievalMetrics } from '../ml/index.js';
import type { TrainingResult } from './run-training-job.js';

/** What the GraphQL training types are made from. */
export type LossPointParent = Pick<
  TrainingMetric,
  'epoch' | 'step' | 'inter' | 'intraVideo' | 'intraMusic' | 'total'
>;

export interface EpochValidationParent {
  epoch: number;
  step: number;
  trainLoss: LossPointParent;
  metrics: RetrievalMetrics;
  score: number;
  best: boolean;
}

export function epochValidation(row: TrainingMetric): EpochValidationParent {
  const v = row.validation as unknown as RetrievalMetrics & { score: number; best: boolean };
  return { epoch: row.epoch, step: row.step, trainLoss: row, metrics: v, score: v.score, best: v.best };
}

/** The run's outcome as far as it got: validation scores once evaluated, activation once done. */
export function runResult(run: TrainingRun): Partial<TrainingResult> {
  return (run.result as unknown as Partial<TrainingResult> | null) ?? {};
}
