import { Gauge } from 'prom-client';
import { metricsRegistry } from './registry.js';

export interface PoolStats {
  /** Open connections (pg Pool totalCount). */
  total: number;
  /** Open connections not checked out (idleCount). */
  idle: number;
  /** Callers queued for a connection (waitingCount). */
  waiting: number;
}

const pools = new Map<string, () => PoolStats>();

const inUse = new Gauge({
  name: 'vmr_db_pool_connections_in_use',
  help: 'Database connections checked out of the pool',
  labelNames: ['pool'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [name, stats] of pools) {
      const s = stats();
      this.set({ pool: name }, s.total - s.idle);
    }
  },
});
const waiting = new Gauge({
  name: 'vmr_db_pool_waiting',
  help: 'Callers waiting for a database connection',
  labelNames: ['pool'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [name, stats] of pools) this.set({ pool: name }, stats().waiting);
  },
});
void inUse;
void waiting;

/** Reports a pool's use at every scrape until the returned function is called. */
export function watchPool(name: string, stats: () => PoolStats): () => void {
  pools.set(name, stats);
  return () => {
    if (pools.get(name) === stats) pools.delete(name);
  };
}
