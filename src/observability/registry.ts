import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's one Prometheus registry, served at /metrics (src/http/metrics-endpoint.ts).
 * Domain modules never touch prom-client: they call the small record/observe functions next to
 * this file, which keeps metric names and labels in one folder.
 */
export const metricsRegistry = new Registry();

// Process metrics (CPU, memory, event-loop lag, GC) are read at scrape time.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'vmr_' });

export const metricsText = (): Promise<string> => metricsRegistry.metrics();
export const METRICS_CONTENT_TYPE = metricsRegistry.contentType;
