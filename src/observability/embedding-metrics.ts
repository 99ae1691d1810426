import { Histogram } from 'prom-client';
import { metricsRegistry } from './registry.js';

const batchSize = new Histogram({
  name: 'vmr_embedding_batch_size',
  help: 'Rows per onnxruntime run of the embedding service, by tower (video or music)',
  labelNames: ['tower'] as const,
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
  registers: [metricsRegistry],
});

export function observeEmbeddingBatch(tower: string, rows: number): void {
  batchSize.observe({ tower }, rows);
}
