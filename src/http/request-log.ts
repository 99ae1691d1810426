import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger.js';
import { requestIdFrom, type RequestRecord } from '../observability/request-record.js';

/** Probes and scrapes arrive every few seconds: their lines are debug, not info. */
const QUIET_PATHS = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

/**
 * Starts one request's record: its id (an incoming x-request-id, or a fresh UUID) goes back in
 * the x-request-id response header, and one JSON log line is written when the response ends
 * (or the connection drops first: `aborted`), with what the GraphQL layer added to the record.
 */
export function beginRequest(
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
  path: string,
): RequestRecord {
  const record: RequestRecord = {
    id: requestIdFrom(req.headers['x-request-id']),
    clientAddress: req.socket.remoteAddress ?? null,
  };
  res.setHeader('x-request-id', record.id);
  const started = performance.now();
  res.once('close', () => {
    const line = {
      reqId: record.id,
      method: req.method,
      path,
      status: res.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      operation: record.operationName ?? undefined,
      keyId: record.keyId ?? undefined,
      errors: record.errorCodes?.length ? record.errorCodes : undefined,
      aborted: res.writableFinished ? undefined : true,
    };
    if (QUIET_PATHS.has(path)) log.debug(line, 'request');
    else if (res.statusCode >= 500) log.warn(line, 'request');
    else log.info(line, 'request');
  });
  return record;
}
