import path from 'node:path';
import type { ModelVersion } from '../generated/prisma/client.js';
import { EmbeddingService } from '../ml/index.js';
import { observeEmbeddingBatch } from '../observability/embedding-metrics.js';

/**
 * Open embedding services, one per model version, opened on first use. A cursor may pin an
 * older version than the active one, so a few recent versions stay open; the least recently
 * used beyond `capacity` is closed.
 */
export class EmbedderPool {
  private readonly open = new Map<string, Promise<EmbeddingService>>();

  constructor(
    private readonly modelsDir: string,
    private readonly capacity = 3,
  ) {}

  get(version: Pick<ModelVersion, 'id' | 'path'>): Promise<EmbeddingService> {
    let service = this.open.get(version.id);
    if (service) {
      this.open.delete(version.id); // re-insert: Map order is recency order
    } else {
      service = EmbeddingService.open(path.resolve(this.modelsDir, version.path), {
        onBatch: observeEmbeddingBatch,
      });
      service.catch(() => this.open.delete(version.id));
    }
    this.open.set(version.id, service);
    while (this.open.size > this.capacity) {
      const [oldestId, oldest] = this.open.entries().next().value as [string, Promise<EmbeddingService>];
      this.open.delete(oldestId);
      void oldest.then((s) => s.close()).catch(() => undefined);
    }
    return service;
  }

  async closeAll(): Promise<void> {
    const services = [...this.open.values()];
    this.open.clear();
    await Promise.all(services.map((s) => s.then((x) => x.close()).catch(() => undefined)));
  }
}
