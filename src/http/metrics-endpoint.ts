import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { authenticate } from '../auth/api-keys.js';
import { ErrorCode, isClientError } from '../errors.js';
import { METRICS_CONTENT_TYPE, metricsText } from '../observability/registry.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GET /metrics in the Prometheus text format. METRICS_ACCESS=local (the default) serves
 * loopback clients (a sidecar or node exporter on the same host) and anyone else with an ADMIN
 * key; METRICS_ACCESS=admin asks everyone for an ADMIN key (`Authorization: Bearer <key>`).
 */
export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  database: Database,
  config: Pick<AppConfig, 'metricsAccess'>,
): Promise<void> {
  const local = LOOPBACK.has(req.socket.remoteAddress ?? '');
  if (!(config.metricsAccess === 'local' && local)) {
    let role: string | null;
    try {
      role = (await authenticate(database.prisma, req.headers.authorization)).role;
    } catch (error) {
      if (!isClientError(error)) throw error;
      return refuse(res, 401, ErrorCode.UNAUTHENTICATED, error.message);
    }
    if (!role) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, '/metrics needs an ADMIN key');
    if (role !== 'ADMIN')
      return refuse(res, 403, ErrorCode.FORBIDDEN, `/metrics needs role ADMIN; this key has ${role}`);
  }
  res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' });
  res.end(await metricsText());
}
