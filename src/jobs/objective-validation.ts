import {
  bootstrapMean,
  excerptRetrievalMetrics,
  hitsAt,
  type EmbeddingService,
  type FeatureAugmenter,
  type MetricEstimate,
} from '../ml/index.js';
import type { LoadedDataset } from './dataset-from-db.js';
import type { TrainingObjectiveName } from './training-input.js';
import {
  BOOTSTRAP,
  compareRanks,
  evaluateOnValidation,
  validationScore,
  type ModelComparisonRecord,
} from './validation-metrics.js';

/**
 * One model on one objective's held-out data, through the same inference path search uses, so a
 * new model and the active one are scored alike on the same queries:
 * - VIDEO_MUSIC: the validation pairs, video → music (`v2m.r10`);
 * - TEXT_TO_MUSIC: held-out tracks' own text → music (`text2m.r10`);
 * - MUSIC_SELF_SUPERVISED: an augmented 20 s excerpt of each held-out recording → its recording
 *   among the held-out recordings, embedded whole (`excerpt.r10`).
 */
export interface ObjectiveEvaluation {
  objective: TrainingObjectiveName;
  metric: string;
  /** Each query's 1-based rank of its partner: the input of the bootstrap intervals. */
  ranks: number[];
  /** The objective's metrics as recorded (RetrievalMetrics, or excerpt retrieval's). */
  metrics: unknown;
  /** The number that compares models: validation R@10 (both directions averaged for pairs). */
  score: number;
}

export const OBJECTIVE_METRIC: Record<TrainingObjectiveName, string> = {
  VIDEO_MUSIC: 'v2m.r10',
  TEXT_TO_MUSIC: 'text2m.r10',
  MUSIC_SELF_SUPERVISED: 'excerpt.r10',
};

export async function evaluateObjective(
  embedder: EmbeddingService,
  data: LoadedDataset,
  objective: TrainingObjectiveName,
  augment?: FeatureAugmenter,
): Promise<ObjectiveEvaluation> {
  const metric = OBJECTIVE_METRIC[objective];
  if (objective === 'MUSIC_SELF_SUPERVISED') {
    const e = await excerptRetrievalMetrics((s) => embedder.embedMusic(s), data.recordings!, 'val', {
      ...(augment ? { augment } : {}),
    });
    return { objective, metric, ranks: e.ranks, metrics: e.metrics, score: e.metrics.r10 };
  }
  const dataset = objective === 'VIDEO_MUSIC' ? data.dataset! : data.textDataset!;
  const e = await evaluateOnValidation(embedder, dataset);
  return { objective, metric, ranks: e.ranks.v2m, metrics: e.metrics, score: validationScore(e.metrics) };
}

/** R@10 and the mean rank of one evaluation with their 95% bootstrap intervals. */
export function evaluationIntervals(e: ObjectiveEvaluation): {
  r10: MetricEstimate;
  meanRank: MetricEstimate;
} {
  return {
    r10: bootstrapMean(hitsAt(e.ranks, 10), BOOTSTRAP),
    meanRank: bootstrapMean(e.ranks, BOOTSTRAP),
  };
}

/** New against active on the same held-out queries of one objective (compareRanks). */
export function compareEvaluations(
  candidate: ObjectiveEvaluation,
  active: ObjectiveEvaluation | null,
): ModelComparisonRecord {
  return compareRanks(candidate.metric, candidate.ranks, active?.ranks ?? null);
}
