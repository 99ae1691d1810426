import type { DirectionMetrics, MetricIntervals } from '../../src/ml/eval/metrics.js';

/** One test-split evaluation of one trained arm (or the baseline) under one selection protocol. */
export interface BenchRow {
  family: string;
  /** Share of the training pairs used. */
  fraction: number;
  /** best-validation: the best epoch's weights; final: the last step's; none: the non-learned baseline. */
  selection: 'best-validation' | 'final' | 'none';
  arm: string;
  seed: number;
  compatiblePrecisionAt10: number;
  compatibleRecallAt10: number;
  /** Chance level of compatible P@10 over all candidates. */
  compatibleBaseRate: number;
  candidates: number;
  v2m: DirectionMetrics;
  m2v: DirectionMetrics;
  /** Each metric's 95% bootstrap interval over queries. */
  intervals: MetricIntervals;
  steps?: number;
  bestEpoch?: number;
  seconds?: number;
}

export interface BenchResult {
  generatedAt: string;
  command: string;
  protocol: Record<string, unknown>;
  datasets: Record<string, unknown>;
  rows: BenchRow[];
  /** The previous bench's rows (default family, its larger budget), without intervals. */
  previousBudget?: { note: string; protocol: unknown; rows: unknown[] };
}
