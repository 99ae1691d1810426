// The bootstrap and per-query ranks are evaluation internals that src/ml/index.ts does not export.
import {
  bootstrapMean,
  directionMetrics,
  hitsAt,
  pairedBootstrap,
  partnerRanks,
  type EmbeddingService,
  type MetricEstimate,
  type RetrievalMetrics,
  type TrainingDataset,
} from '../ml/index.js';

/** A model on the validation pairs: aggregate metrics and each query's partner rank. */
export interface ValidationEvaluation {
  metrics: RetrievalMetrics;
  ranks: { v2m: number[]; m2v: number[] };
}

/** What a run records about new vs active (TrainingRun.comparison). */
export interface ModelComparisonRecord {
  pairs: number;
  /** What was compared: `v2m.r10`, or another objective's R@10 (./objective-validation.ts). */
  metric: string;
  resamples: number;
  seed: number;
  newModel: MetricEstimate;
  activeModel: MetricEstimate | null;
  gain: MetricEstimate | null;
  /** The gain's interval lies above 0, or there is no active model to beat. */
  better: boolean;
}

export const COMPARISON_METRIC = 'v2m.r10' as const;
export const BOOTSTRAP = { resamples: 1000, seed: 20261201, alpha: 0.05 } as const;

/**
 * R@K and ranks of an exported model on the dataset's validation pairs, computed through the
 * same inference path search uses, so the new model and the active one are compared alike.
 */
export async function evaluateOnValidation(
  embedder: EmbeddingService,
  dataset: TrainingDataset,
): Promise<ValidationEvaluation> {
  const pairs = dataset.pairs.filter((p) => p.split === 'val');
  const videos = new Map(dataset.videos.map((v) => [v.id, v]));
  const tracks = new Map(dataset.tracks.map((t) => [t.id, t]));
  const videoIds = [...new Set(pairs.map((p) => p.videoId))];
  const trackIds = [...new Set(pairs.map((p) => p.trackId))];
  const videoEmb = await embedder.embedVideo(videoIds.map((id) => videos.get(id)!));
  const trackEmb = await embedder.embedMusic(trackIds.map((id) => tracks.get(id)!.audio));
  const dim = embedder.manifest.dim;
  const flat = (rows: Float32Array[]) => {
    const out = new Float32Array(rows.length * dim);
    rows.forEach((r, i) => out.set(r, i * dim));
    return out;
  };
  const vIndex = new Map(videoIds.map((id, i) => [id, i]));
  const tIndex = new Map(trackIds.map((id, i) => [id, i]));
  const ranks = partnerRanks(
    flat(videoEmb),
    flat(trackEmb),
    dim,
    pairs.map((p) => ({ video: vIndex.get(p.videoId)!, track: tIndex.get(p.trackId)! })),
  );
  return {
    metrics: { pairs: pairs.length, v2m: directionMetrics(ranks.v2m), m2v: directionMetrics(ranks.m2v) },
    ranks,
  };
}

/** One number to compare models by: validation R@10, averaged over both directions. */
export function validationScore(m: RetrievalMetrics): number {
  return (m.v2m.r10 + m.m2v.r10) / 2;
}

/**
 * New against active on the same queries, from each query's rank of its partner: R@10 of each
 * with its 95% percentile interval, and the paired bootstrap interval of the gain
 * (src/ml/eval/bootstrap.ts). Every objective's comparison goes through here.
 */
export function compareRanks(
  metric: string,
  candidate: number[],
  active: number[] | null,
): ModelComparisonRecord {
  const common = { metric, resamples: BOOTSTRAP.resamples, seed: BOOTSTRAP.seed };
  const newHits = hitsAt(candidate, 10);
  if (!active)
    return {
      ...common,
      pairs: newHits.length,
      newModel: bootstrapMean(newHits, BOOTSTRAP),
      activeModel: null,
      gain: null,
      better: true,
    };
  return { ...common, ...pairedBootstrap(newHits, hitsAt(active, 10), BOOTSTRAP) };
}

/** New against active on the validation pairs, video → music (compareRanks). */
export function compareOnValidation(
  candidate: ValidationEvaluation,
  active: ValidationEvaluation | null,
): ModelComparisonRecord {
  return compareRanks(COMPARISON_METRIC, candidate.ranks.v2m, active?.ranks.v2m ?? null);
}
