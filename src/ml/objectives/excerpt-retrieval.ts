import type { Split } from '../data/dataset.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { MetricEstimate } from '../eval/bootstrap.js';
import { directionIntervals, directionMetrics, METRIC_BOOTSTRAP, partnerRanks } from '../eval/metrics.js';
import { Rng } from '../util/rng.js';
import { EXCERPT_WINDOW, excerptOf, idSeed } from './objectives.js';
import type { FeatureAugmenter, MusicRecording } from './objectives.js';

/** Excerpt retrieval on one split (objective `music_self_supervised`); ranks are 1-based. */
export interface ExcerptRetrievalMetrics {
  /** One query per recording of the split. */
  queries: number;
  /** Every recording of the split, embedded whole. */
  candidates: number;
  /** Query window length in seconds (frames); shorter recordings are queried whole. */
  windowSeconds: number;
  r1: number;
  r10: number;
  medianRank: number;
  meanRank: number;
  /** 95% percentile-bootstrap intervals over queries, when asked (`intervals: true`). */
  intervals?: { r1: MetricEstimate; r10: MetricEstimate; medianRank: MetricEstimate };
}

export interface ExcerptRetrievalEvaluation {
  metrics: ExcerptRetrievalMetrics;
  /** Per query (in `ids` order), the rank of its own recording among the candidates: the input of a paired bootstrap. */
  ranks: number[];
  /** The split's recording ids, in query order. */
  ids: string[];
}

export interface ExcerptRetrievalOptions {
  /** The augmenter of the queries (the one the model trained with; none = the bare excerpt). */
  augment?: FeatureAugmenter;
  /** Seeds each query's window offset and augmentation, per recording id (default 20261203). */
  seed?: number;
  /** Query window in seconds (default EXCERPT_WINDOW.querySeconds = 20). */
  windowSeconds?: number;
  /** Add bootstrap intervals of R@1, R@10 and the median rank (METRIC_BOOTSTRAP resampling). */
  intervals?: boolean;
}

export const EXCERPT_QUERY_SEED = 20261203;

/**
 * The deterministic query of one held-out recording: a `windowSeconds` window at an offset drawn
 * from a generator seeded by (seed, recording id), passed through `augment` with that same
 * generator. Any model scored with the same options gets exactly the same queries.
 */
export function excerptQuery(
  rec: MusicRecording,
  opts: Pick<ExcerptRetrievalOptions, 'augment' | 'seed' | 'windowSeconds'> = {},
): FeatureSequence {
  const rng = new Rng(idSeed(rec.id, opts.seed ?? EXCERPT_QUERY_SEED));
  const L = Math.min(opts.windowSeconds ?? EXCERPT_WINDOW.querySeconds, rec.audio.frames);
  const offset = rng.int(rec.audio.frames - L + 1);
  return excerptOf(rec.audio, L, offset, opts.augment, rng);
}

/**
 * Excerpt retrieval, the held-out metric of `music_self_supervised`: for each recording of
 * `split`, its query (`excerptQuery`) ranks all recordings of the split, each embedded whole
 * (the catalog's inference: Global Sparse sampling at segment centres). Works with any music
 * embedder: the trainer's in-process one, or an exported model's `EmbeddingService.embedMusic`
 * (`(seqs) => svc.embedMusic(seqs)`), so two models can be compared on the same queries
 * (pairedBootstrap(hitsAt(a.ranks, 10), hitsAt(b.ranks, 10))).
 */
export async function excerptRetrievalMetrics(
  embedMusic: (seqs: FeatureSequence[]) => Promise<Float32Array[]>,
  recordings: MusicRecording[],
  split: Split,
  opts: ExcerptRetrievalOptions = {},
): Promise<ExcerptRetrievalEvaluation> {
  const recs = recordings.filter((r) => r.split === split);
  if (recs.length < 2)
    throw new RangeError(
      `excerptRetrievalMetrics: split '${split}' needs at least 2 recordings, got ${recs.length}`,
    );
  const windowSeconds = opts.windowSeconds ?? EXCERPT_WINDOW.querySeconds;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1)
    throw new RangeError(
      `excerptRetrievalMetrics: windowSeconds must be a positive integer, got ${windowSeconds}`,
    );
  const queries = recs.map((r) => excerptQuery(r, { ...opts, windowSeconds }));
  const q = await embedMusic(queries);
  const c = await embedMusic(recs.map((r) => r.audio));
  const dim = c[0]!.length;
  const flat = (rows: Float32Array[]) => {
    const out = new Float32Array(rows.length * dim);
    rows.forEach((r, i) => out.set(r, i * dim));
    return out;
  };
  const { v2m: ranks } = partnerRanks(
    flat(q),
    flat(c),
    dim,
    recs.map((_, i) => ({ video: i, track: i })),
  );
  const d = directionMetrics(ranks);
  const metrics: ExcerptRetrievalMetrics = {
    queries: recs.length,
    candidates: recs.length,
    windowSeconds,
    r1: d.r1,
    r10: d.r10,
    medianRank: d.medianRank,
    meanRank: d.meanRank,
  };
  if (opts.intervals) {
    const iv = directionIntervals(ranks, METRIC_BOOTSTRAP);
    metrics.intervals = { r1: iv.r1, r10: iv.r10, medianRank: iv.medianRank };
  }
  return { metrics, ranks, ids: recs.map((r) => r.id) };
}
