import type { ServerResponse } from 'node:http';
import type { Database } from '../db/client.js';
import { databaseFailure } from '../db/database-errors.js';
import type { EmbedderPool } from '../models/embedders.js';
import { activeModel } from '../models/registry.js';

/** A check that takes longer than this counts as failed: a probe must answer, not hang. */
const CHECK_TIMEOUT_MS = 2_000;

interface Health {
  status: number;
  body: { status: 'ok' | 'ready' | 'unavailable'; reason?: string; model?: string };
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Why the database does not answer, in words safe to show (no addresses, no SQL). */
async function databaseProblem(database: Database): Promise<string | null> {
  try {
    await withTimeout(database.prisma.$queryRaw`SELECT 1`, 'the database');
    return null;
  } catch (error) {
    return databaseFailure(error) === 'unavailable' || /did not answer/.test(String(error))
      ? 'the database is unreachable'
      : 'the database check failed';
  }
}

/** /health: 200 while the database answers, else 503 with the reason (it was 500 for everything). */
export async function health(database: Database): Promise<Health> {
  const problem = await databaseProblem(database);
  return problem
    ? { status: 503, body: { status: 'unavailable', reason: problem } }
    : { status: 200, body: { status: 'ok' } };
}

/** /health/live: the process is up and its event loop turns. Nothing else is checked. */
export function liveness(): Health {
  return { status: 200, body: { status: 'ok' } };
}

/**
 * /health/ready: 200 only when the database answers and the active model version is loaded
 * (its embedding service open: search can embed a query), else 503 with the first reason.
 */
export async function readiness(database: Database, embedders: EmbedderPool): Promise<Health> {
  const problem = await databaseProblem(database);
  if (problem) return { status: 503, body: { status: 'unavailable', reason: problem } };
  const version = await activeModel(database.prisma).catch(() => undefined);
  if (version === undefined)
    return { status: 503, body: { status: 'unavailable', reason: 'the database check failed' } };
  if (!version) return { status: 503, body: { status: 'unavailable', reason: 'no model version is active' } };
  try {
    await withTimeout(embedders.get(version), `model ${version.version}`);
  } catch {
    return { status: 503, body: { status: 'unavailable', reason: `model ${version.version} is not loaded` } };
  }
  return { status: 200, body: { status: 'ready', model: version.version } };
}

export function sendHealth(res: ServerResponse, { status, body }: Health): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
