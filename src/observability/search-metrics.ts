import { Histogram } from 'prom-client';
import { metricsRegistry } from './registry.js';

/**
 * Which scan answered a vector search: the HNSW index, or an exact scan of the matching rows;
 * `none` for a full-text search without its vector half (semanticWeight 0).
 */
export type ScanPath = 'hnsw' | 'exact' | 'none';

const searchDuration = new Histogram({
  name: 'vmr_search_duration_seconds',
  help: 'Search latency (scan plan, scans and fallback; for searchTracks also full text and fusion), by kind and the scan that answered',
  labelNames: ['kind', 'scan'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export function observeSearch(kind: string, scan: ScanPath, seconds: number): void {
  searchDuration.observe({ kind, scan }, seconds);
}
