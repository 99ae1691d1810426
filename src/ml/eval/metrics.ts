import { bootstrapMean, bootstrapStatistic } from './bootstrap.js';
import type { BootstrapOptions, MetricEstimate } from './bootstrap.js';

/** R@K, median and mean rank in one retrieval direction (ranks are 1-based). */
export interface DirectionMetrics {
  r1: number;
  r5: number;
  r10: number;
  r25: number;
  r50: number;
  medianRank: number;
  meanRank: number;
}

export interface RetrievalMetrics {
  /** Number of held-out pairs (queries per direction). */
  pairs: number;
  v2m: DirectionMetrics;
  m2v: DirectionMetrics;
  /** Mean over videos of |top10 ∩ fitting tracks| / 10, when the dataset knows which tracks fit. */
  compatiblePrecisionAt10?: number;
  /** Mean over videos of |top10 ∩ fitting tracks| / |fitting tracks|. */
  compatibleRecallAt10?: number;
  /** Candidate tracks each video ranked (every track of the split, paired or not). */
  candidates?: number;
  /** Chance level of compatible P@10: mean over videos of |fitting candidates| / |candidates|. */
  compatibleBaseRate?: number;
  /** 95% percentile-bootstrap intervals over queries (retrievalMetrics(..., { intervals: true })). */
  intervals?: MetricIntervals;
}

export type DirectionIntervals = Record<keyof DirectionMetrics, MetricEstimate>;

export interface MetricIntervals {
  v2m: DirectionIntervals;
  m2v: DirectionIntervals;
  compatiblePrecisionAt10?: MetricEstimate;
  compatibleRecallAt10?: MetricEstimate;
}

/** Resampling of the interval of every reported metric (seeded: the same ranks give the same interval). */
export const METRIC_BOOTSTRAP: BootstrapOptions = { resamples: 1000, seed: 20261202, alpha: 0.05 };

const medianOf = (xs: Float64Array) => {
  const s = Float64Array.from(xs).sort();
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

/** Every DirectionMetrics field with its bootstrap interval over the queries' ranks. */
export function directionIntervals(
  ranks: number[],
  opts: BootstrapOptions = METRIC_BOOTSTRAP,
): DirectionIntervals {
  const hits = (k: number) =>
    bootstrapMean(
      ranks.map((r) => (r <= k ? 1 : 0)),
      opts,
    );
  return {
    r1: hits(1),
    r5: hits(5),
    r10: hits(10),
    r25: hits(25),
    r50: hits(50),
    medianRank: bootstrapStatistic(ranks, medianOf, opts),
    meanRank: bootstrapMean(ranks, opts),
  };
}

export function directionMetrics(ranks: number[]): DirectionMetrics {
  const n = ranks.length;
  if (n === 0) throw new RangeError('directionMetrics: no queries');
  const sorted = [...ranks].sort((a, b) => a - b);
  const at = (k: number) => ranks.filter((r) => r <= k).length / n;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    r1: at(1),
    r5: at(5),
    r10: at(10),
    r25: at(25),
    r50: at(50),
    medianRank: median,
    meanRank: ranks.reduce((a, b) => a + b, 0) / n,
  };
}

function dot(a: Float32Array, i: number, b: Float32Array, j: number, d: number): number {
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let k = 0; k < d; k++) s += a[ai + k]! * b[bj + k]!;
  return s;
}

/** The similarity matrix of the held-out videos × tracks (rows: videos). */
function similarities(videoEmb: Float32Array, trackEmb: Float32Array, dim: number): Float32Array {
  const nv = videoEmb.length / dim;
  const nt = trackEmb.length / dim;
  const sim = new Float32Array(nv * nt);
  for (let i = 0; i < nv; i++)
    for (let j = 0; j < nt; j++) sim[i * nt + j] = dot(videoEmb, i, trackEmb, j, dim);
  return sim;
}

/**
 * Per-query 1-based ranks of each pair's partner, in both directions (the inputs of R@K and of
 * the bootstrap in ./bootstrap.ts): v2m[p] ranks pair p's track among all tracks for its video,
 * m2v[p] its video among all videos for its track. Ties count in the query's favour.
 */
export function partnerRanks(
  videoEmb: Float32Array,
  trackEmb: Float32Array,
  dim: number,
  pairs: { video: number; track: number }[],
  sim: Float32Array = similarities(videoEmb, trackEmb, dim),
): { v2m: number[]; m2v: number[] } {
  const nv = videoEmb.length / dim;
  const nt = trackEmb.length / dim;
  const v2m: number[] = [];
  const m2v: number[] = [];
  for (const { video, track } of pairs) {
    const target = sim[video * nt + track]!;
    let r = 1;
    for (let j = 0; j < nt; j++) if (sim[video * nt + j]! > target) r++;
    v2m.push(r);
    let c = 1;
    for (let i = 0; i < nv; i++) if (sim[i * nt + track]! > target) c++;
    m2v.push(c);
  }
  return { v2m, m2v };
}

/**
 * The paper's protocol on held-out pairs: each video queries all held-out tracks
 * (and each track all held-out videos); the rank of its own partner is recorded.
 * `fits[p]` optionally lists the track rows that fit pair p's video (its own included).
 * With `intervals`, every metric also gets its percentile-bootstrap interval over queries.
 */
export function retrievalMetrics(
  videoEmb: Float32Array,
  trackEmb: Float32Array,
  dim: number,
  pairs: { video: number; track: number }[],
  fits?: (number[] | undefined)[],
  opts: { intervals?: boolean } = {},
): RetrievalMetrics {
  const nt = trackEmb.length / dim;
  const sim = similarities(videoEmb, trackEmb, dim);
  const { v2m, m2v } = partnerRanks(videoEmb, trackEmb, dim, pairs, sim);
  const precision: number[] = [];
  const recall: number[] = [];
  let baseRate = 0;
  for (const [p, { video }] of pairs.entries()) {
    const f = fits?.[p];
    if (f && f.length > 0) {
      const row = Array.from({ length: nt }, (_, j) => j).sort(
        (a, b) => sim[video * nt + b]! - sim[video * nt + a]!,
      );
      const fitSet = new Set(f);
      const hits = row.slice(0, 10).filter((j) => fitSet.has(j)).length;
      precision.push(hits / 10);
      recall.push(hits / fitSet.size);
      baseRate += fitSet.size / nt;
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const out: RetrievalMetrics = {
    pairs: pairs.length,
    v2m: directionMetrics(v2m),
    m2v: directionMetrics(m2v),
    candidates: nt,
  };
  if (precision.length > 0) {
    out.compatiblePrecisionAt10 = mean(precision);
    out.compatibleRecallAt10 = mean(recall);
    out.compatibleBaseRate = baseRate / precision.length;
  }
  if (opts.intervals) {
    out.intervals = { v2m: directionIntervals(v2m), m2v: directionIntervals(m2v) };
    if (precision.length > 0) {
      out.intervals.compatiblePrecisionAt10 = bootstrapMean(precision, METRIC_BOOTSTRAP);
      out.intervals.compatibleRecallAt10 = bootstrapMean(recall, METRIC_BOOTSTRAP);
    }
  }
  return out;
}
