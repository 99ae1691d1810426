/**
 * Metrics of bench:real and their bootstrap intervals, plus the model-free baseline's pooling.
 * Intervals: the percentile bootstrap of src/ml/eval/bootstrap.ts over *recordings* (the unit
 * that is held out): a recording with several excerpts contributes the mean of its excerpts.
 */
import { bootstrapMean } from '../../src/ml/eval/bootstrap.js';

export interface ResultRow {
  model: string;
  metric: string;
  value: number;
  ci: [number, number];
  /** Queries (recordings) the value is a mean over. */
  n: number;
  note?: string;
}

export const METRICS = {
  excerptR1: 'excerpt R@1',
  excerptR10: 'excerpt R@10',
  soundtrackP10: 'same-soundtrack P@10 (similarTracks)',
  textR10: 'text-to-music R@10 (demo catalog)',
} as const;

/** 1-based rank of `target` in a ranked list of ids; Infinity when absent. */
export function rankOf(ranked: readonly string[], target: string): number {
  const i = ranked.indexOf(target);
  return i < 0 ? Infinity : i + 1;
}

/** Precision@k: the share of the first k results that satisfy `relevant` (k in the denominator). */
export function precisionAt(ranked: readonly string[], k: number, relevant: (id: string) => boolean): number {
  let hits = 0;
  for (const id of ranked.slice(0, k)) if (relevant(id)) hits += 1;
  return hits / k;
}

/** Mean of per-query scores grouped by a unit (recording): one score per unit, in first-seen order. */
export function perUnit(scores: ReadonlyArray<{ unit: string; score: number }>): number[] {
  const sums = new Map<string, [number, number]>();
  for (const { unit, score } of scores) {
    const s = sums.get(unit) ?? [0, 0];
    s[0] += score;
    s[1] += 1;
    sums.set(unit, s);
  }
  return [...sums.values()].map(([s, n]) => s / n);
}

/** A result row with its 95% percentile bootstrap interval (1,000 seeded resamples). */
export function row(model: string, metric: string, scores: number[], note?: string): ResultRow {
  const est = bootstrapMean(scores, { resamples: 1000, seed: 1, alpha: 0.05 });
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    model,
    metric,
    value: r4(est.value),
    ci: [r4(est.low), r4(est.high)],
    n: scores.length,
    ...(note ? { note } : {}),
  };
}

/**
 * The model-free track vector: per-second features (dequantised, `frames × dim`) pooled over
 * time as the mean ⊕ standard deviation of each dimension (2·dim numbers).
 */
export function poolMeanStd(data: Float32Array, frames: number, dim: number): Float32Array {
  const out = new Float32Array(2 * dim);
  for (let t = 0; t < frames; t++) for (let d = 0; d < dim; d++) out[d] += data[t * dim + d]!;
  for (let d = 0; d < dim; d++) out[d] /= Math.max(1, frames);
  for (let t = 0; t < frames; t++)
    for (let d = 0; d < dim; d++) {
      const x = data[t * dim + d]! - out[d]!;
      out[dim + d] += x * x;
    }
  for (let d = 0; d < dim; d++) out[dim + d] = Math.sqrt(out[dim + d]! / Math.max(1, frames));
  return out;
}

/**
 * Per-dimension standardisation fitted on the catalog's pooled vectors (so no dimension
 * dominates the cosine by its scale), applied to catalog and queries alike.
 */
export function fitStandardiser(vectors: readonly Float32Array[]): (v: Float32Array) => Float32Array {
  const dim = vectors[0]?.length ?? 0;
  const mu = new Float64Array(dim);
  const sd = new Float64Array(dim);
  for (const v of vectors) for (let d = 0; d < dim; d++) mu[d] += v[d]! / vectors.length;
  for (const v of vectors) for (let d = 0; d < dim; d++) sd[d] += (v[d]! - mu[d]!) ** 2 / vectors.length;
  for (let d = 0; d < dim; d++) sd[d] = Math.sqrt(sd[d]!) || 1;
  return (v) => Float32Array.from(v, (x, d) => (x - mu[d]!) / sd[d]!);
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / (Math.sqrt(na * nb) || 1);
}

/** Catalog ids ranked by cosine similarity to `query` (ties by id), `exclude` left out. */
export function rankByCosine(
  query: Float32Array,
  catalog: ReadonlyMap<string, Float32Array>,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  return [...catalog]
    .filter(([id]) => !exclude.has(id))
    .map(([id, v]) => [id, cosine(query, v)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

/** The markdown table of a result file's rows: one line per metric, one column per model. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const models = [...new Set(rows.map((r) => r.model))];
  const metrics = [...new Set(rows.map((r) => r.metric))];
  const cell = (m: string, k: string) => {
    const r = rows.find((x) => x.model === m && x.metric === k);
    return r ? `${r.value.toFixed(3)} [${r.ci[0].toFixed(3)}, ${r.ci[1].toFixed(3)}]` : '—';
  };
  return [
    `| metric (95% bootstrap CI) | ${models.join(' | ')} |`,
    `| --- | ${models.map(() => '---').join(' | ')} |`,
    ...metrics.map((k) => `| ${k} | ${models.map((m) => cell(m, k)).join(' | ')} |`),
  ].join('\n');
}
