import { Rng } from '../util/rng.js';

/** A metric with its (1 − α) percentile bootstrap interval. */
export interface MetricEstimate {
  value: number;
  low: number;
  high: number;
}

export interface PairedComparison {
  pairs: number;
  newModel: MetricEstimate;
  activeModel: MetricEstimate;
  /** new − active, each resample scoring both models on the same queries. */
  gain: MetricEstimate;
  /** The whole interval of the gain lies above 0 (low > 0). */
  better: boolean;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** 0.05 → a 95% interval. */
  alpha?: number;
}

const mean = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
};

/** The α/2 and 1 − α/2 empirical quantiles (type 7, linear interpolation). */
function percentiles(values: Float64Array, alpha: number): [number, number] {
  const sorted = Float64Array.from(values).sort();
  const q = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  };
  return [q(alpha / 2), q(1 - alpha / 2)];
}

/**
 * Paired percentile bootstrap over queries (Efron & Tibshirani, "An Introduction to the
 * Bootstrap", 1993, ch. 13 for the percentile interval; the paired form is the one Koehn, "Statistical
 * Significance Tests for Machine Translation Evaluation", EMNLP 2004, and Berg-Kirkpatrick et
 * al., EMNLP 2012, use to compare two systems on one test set). `newScores[i]` and
 * `activeScores[i]` are the per-query scores of the two models on query i (e.g. 1 if its
 * partner ranked in the top 10, else 0). Each of `resamples` draws picks n queries with
 * replacement, seeded, and scores both models and their difference on that same draw, so the
 * gain's interval reflects the correlation between the models (both find the easy queries).
 */
export function pairedBootstrap(
  newScores: ArrayLike<number>,
  activeScores: ArrayLike<number>,
  options: BootstrapOptions = {},
): PairedComparison {
  const n = newScores.length;
  if (n === 0) throw new RangeError('pairedBootstrap: newScores is empty');
  if (activeScores.length !== n)
    throw new RangeError(
      `pairedBootstrap: activeScores has ${activeScores.length} queries, newScores ${n}; they must score the same queries`,
    );
  const { resamples = 1000, seed = 1, alpha = 0.05 } = options;
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`pairedBootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`pairedBootstrap: alpha must be in (0, 1), got ${alpha}`);
  const rng = new Rng(seed);
  const a = new Float64Array(resamples);
  const b = new Float64Array(resamples);
  const d = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sa = 0;
    let sb = 0;
    for (let k = 0; k < n; k++) {
      const i = rng.int(n);
      sa += newScores[i]!;
      sb += activeScores[i]!;
    }
    a[r] = sa / n;
    b[r] = sb / n;
    d[r] = (sa - sb) / n;
  }
  const estimate = (value: number, draws: Float64Array): MetricEstimate => {
    const [low, high] = percentiles(draws, alpha);
    return { value, low, high };
  };
  const newValue = mean(newScores);
  const activeValue = mean(activeScores);
  const gain = estimate(newValue - activeValue, d);
  return {
    pairs: n,
    newModel: estimate(newValue, a),
    activeModel: estimate(activeValue, b),
    gain,
    better: gain.low > 0,
  };
}

/** The one-model case: the percentile interval of the mean of per-query scores. */
export function bootstrapMean(scores: ArrayLike<number>, options: BootstrapOptions = {}): MetricEstimate {
  return pairedBootstrap(scores, scores, options).newModel;
}

/**
 * The percentile interval of any statistic of per-query values (e.g. the median rank): each of
 * `resamples` seeded draws picks n queries with replacement and applies `statistic`.
 */
export function bootstrapStatistic(
  values: ArrayLike<number>,
  statistic: (draw: Float64Array) => number,
  options: BootstrapOptions = {},
): MetricEstimate {
  const n = values.length;
  if (n === 0) throw new RangeError('bootstrapStatistic: values is empty');
  const { resamples = 1000, seed = 1, alpha = 0.05 } = options;
  const rng = new Rng(seed);
  const draws = new Float64Array(resamples);
  const draw = new Float64Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < n; k++) draw[k] = values[rng.int(n)]!;
    draws[r] = statistic(draw);
  }
  const [low, high] = percentiles(draws, alpha);
  return { value: statistic(Float64Array.from(values)), low, high };
}

/** Per-query hit indicators of R@K from 1-based ranks. */
export const hitsAt = (ranks: readonly number[], k: number): number[] => ranks.map((r) => (r <= k ? 1 : 0));
