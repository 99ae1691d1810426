import type { Split } from '../data/dataset.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { MetricEstimate } from '../eval/bootstrap.js';
import { directionIntervals, directionMetrics, METRIC_BOOTSTRAP } from '../eval/metrics.js';
import { Rng } from '../util/rng.js';
import { EXCERPT_WINDOW, excerptOf, idSeed } from './objectives.js';
import { alignedWindowScore, clipWindows, trackWindows } from './track-windows.js';
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
  /** Mean reciprocal rank: the early-stopping score (R@10 saturates on a few held-out recordings). */
  mrr: number;
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
  /** Queries per held-out recording, at seeded offsets (default 3). */
  queriesPerRecording?: number;
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
  index = 0,
): FeatureSequence {
  const rng = new Rng(idSeed(index ? `${rec.id}#${index}` : rec.id, opts.seed ?? EXCERPT_QUERY_SEED));
  // A degraded copy of the recording when it has some (the realistic query), else the clean
  // features through the augmenter.
  const variants = (rec.variants ?? []).filter((v) => v.frames >= 1);
  const source = variants.length ? variants[index % variants.length]! : rec.audio;
  const L = Math.min(opts.windowSeconds ?? EXCERPT_WINDOW.querySeconds, source.frames);
  const offset = rng.int(source.frames - L + 1);
  return excerptOf(source, L, offset, variants.length ? undefined : opts.augment, rng);
}

/**
 * Excerpt retrieval, the held-out metric of `music_self_supervised`: for each recording of
 * `split`, its query (`excerptQuery`) ranks all recordings of the split by aligned window
 * matching (./track-windows.ts: the way musicLikeUpload ranks tracks). Works with any music
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
  // Queries from the held-out recordings; candidates: every recording (the catalog holds the
  // training ones too, and they are the confusers a real clip meets).
  const perRecording = opts.queriesPerRecording ?? 3;
  const queryOf: number[] = [];
  const queries: FeatureSequence[] = [];
  const candidates = recordings;
  recs.forEach((r) => {
    for (let k = 0; k < perRecording; k++) {
      queries.push(excerptQuery(r, { ...opts, windowSeconds }, k));
      queryOf.push(candidates.indexOf(r));
    }
  });
  // Aligned window matching (./track-windows.ts), as musicLikeUpload ranks tracks.
  const clipWins = queries.map((q) => clipWindows(q));
  const trackWins = candidates.map((r) => trackWindows(r.audio).map((w) => w.seq));
  const flat = await embedMusic([...clipWins.flat(), ...trackWins.flat()]);
  let next = 0;
  const take = (groups: FeatureSequence[][]) => groups.map((g) => g.map(() => flat[next++]!));
  const clips = take(clipWins);
  const tracks = take(trackWins);
  const ranks = clips.map((clip, qi) => {
    const scores = tracks.map((t) => alignedWindowScore(clip, t).score);
    const i = queryOf[qi]!;
    const own = scores[i]!;
    return 1 + scores.filter((x, j) => j !== i && x > own).length;
  });
  const d = directionMetrics(ranks);
  const metrics: ExcerptRetrievalMetrics = {
    queries: queries.length,
    candidates: candidates.length,
    windowSeconds,
    r1: d.r1,
    r10: d.r10,
    mrr: ranks.reduce((a, r) => a + 1 / r, 0) / ranks.length,
    medianRank: d.medianRank,
    meanRank: d.meanRank,
  };
  if (opts.intervals) {
    const iv = directionIntervals(ranks, METRIC_BOOTSTRAP);
    metrics.intervals = { r1: iv.r1, r10: iv.r10, medianRank: iv.medianRank };
  }
  return { metrics, ranks, ids: queryOf.map((i) => candidates[i]!.id) };
}
