import { Histogram } from 'prom-client';
import { metricsRegistry } from './registry.js';

const requestDuration = new Histogram({
  name: 'vmr_graphql_request_duration_seconds',
  help: 'GraphQL request latency, by operation name and outcome (ok, or the first error code)',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/**
 * Operation names come from clients, so they are labels only while they look like names and
 * while there are few of them: past MAX_OPERATION_LABELS distinct names, new ones count as
 * "other", so a client cannot grow the registry without bound.
 */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const seen = new Set<string>();

export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_LABELS) return 'other';
  seen.add(name);
  return name;
}

export function observeRequest(operation: string | null | undefined, outcome: string, seconds: number): void {
  requestDuration.observe({ operation: operationLabel(operation), outcome }, seconds);
}
