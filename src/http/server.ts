import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { serveConsole, wantsExplorer } from './console.js';
import { serveTrackAudio } from './track-media.js';
import { HeaderMap } from '@apollo/server';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { ErrorCode } from '../errors.js';
import { createContext, type GraphQLContext, type Services } from '../graphql/context.js';
import { rethrowFromContext, OUTAGE_RETRY_AFTER_S } from '../graphql/database-failure.js';
import { databaseFailure } from '../db/database-errors.js';
import { logger } from '../observability/logger.js';
import type { RequestRecord } from '../observability/request-record.js';
import { health, liveness, readiness, sendHealth } from './health.js';
import { serveMetrics } from './metrics-endpoint.js';
import type { RequestTracker } from './drain.js';
import { beginRequest } from './request-log.js';
import { handleUpload } from './uploads.js';

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`Request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<GraphQLContext>,
  database: Database,
  config: AppConfig,
  services: Services,
  record: RequestRecord,
) {
  let raw: string;
  try {
    raw = await readBody(req, config.maxBodyBytes);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendJson(res, 413, {
      errors: [
        {
          message: error.message,
          extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, limit: config.maxBodyBytes },
        },
      ],
    });
    req.resume();
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (headers.get('content-type')?.startsWith('application/json') && raw !== '') {
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(res, 400, {
        errors: [
          { message: 'Request body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT } },
        ],
      });
      return;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () =>
      createContext(database, config, services, req.headers.authorization, record).catch((error: unknown) =>
        rethrowFromContext(error, record),
      ),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The platform's HTTP surface: /graphql, /health and the admin console. */
export function createHttpServer(
  apollo: ApolloServer<GraphQLContext>,
  database: Database,
  config: AppConfig,
  services: Services,
  requests: RequestTracker,
): Server {
  const log = logger(config.logLevel);
  return createServer((req, res) =>
    requests.track(res, async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const record = beginRequest(req, res, log, path);
      const route = async () => {
        if (path === '/graphql' && wantsExplorer(req)) {
          res.writeHead(302, { location: '/graphiql' });
          return res.end();
        }
        if (path === '/graphql') return handleGraphQL(req, res, apollo, database, config, services, record);
        if (path === '/uploads') return handleUpload(req, res, database, config);
        if (path === '/health') return sendHealth(res, await health(database));
        if (path === '/health/live') return sendHealth(res, liveness());
        if (path === '/health/ready') return sendHealth(res, await readiness(database, services.embedders));
        if (path === '/metrics') return serveMetrics(req, res, database, config);
        if (req.method === 'GET' && (await serveTrackAudio(req, res, path, database))) return;
        if (await serveConsole(res, path)) return;
        sendJson(res, 404, { error: `No route for ${path}` });
      };
      await route().catch((error: unknown) => {
        if (databaseFailure(error) === 'unavailable' && !res.headersSent) {
          res.setHeader('retry-after', String(OUTAGE_RETRY_AFTER_S));
          return sendJson(res, 503, {
            errors: [
              {
                message: 'The database is unavailable; retry shortly',
                extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
              },
            ],
          });
        }
        log.error({ reqId: record.id, err: error }, 'request failed');
        if (!res.headersSent)
          sendJson(res, 500, {
            errors: [
              { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
            ],
          });
        else res.end();
      });
    }),
  );
}
