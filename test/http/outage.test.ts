import { jest } from '@jest/globals';
import { createApiKey } from '../../src/auth/api-keys.js';
import { connectDatabase } from '../../src/db/client.js';
import { databaseFailure } from '../../src/db/database-errors.js';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { ADMIN_URL } from '../support/env.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const STATEMENT_TIMEOUT_MS = 400;

let tdb: TestDatabase;
let proxy: TcpProxy;
let platform: Platform;
let base: string;
let viewerKey: string;

// Outages are logged (formatError warns, the pool reports dropped idle connections): kept off
// the test output, and checked below.
const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  tdb = await createTestDatabase();
  const target = new URL(tdb.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(tdb.url);
  viaProxy.port = String(proxy.port);
  viewerKey = (await createApiKey(tdb.database.prisma, 'outage test', 'VIEWER')).secret;
  platform = await startPlatform(
    {
      ...loadConfig(),
      databaseUrl: viaProxy.toString(),
      port: 0,
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
      rateLimits: {
        enabled: false,
        windowSeconds: 60,
        points: { ANONYMOUS: 0, VIEWER: 0, EDITOR: 0, ADMIN: 0 },
      },
    },
    { seedDemo: false, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  await tdb.database.prisma.track.create({
    data: { isrc: 'USOUT2600001', title: 'Outage', durationSec: 60 },
  });
});
afterAll(async () => {
  warn.mockRestore();
  consoleError.mockRestore();
  await platform?.stop();
  await proxy?.stop();
  await tdb?.drop();
});

const LISTING = '{ tracks(first: 5) { totalCount edges { node { title } } } }';

async function post(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    json: (await response.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> },
  };
}

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const HEALTHY = { data: { tracks: { totalCount: 1, edges: [{ node: { title: 'Outage' } }] } } };

describe('a database outage', () => {
  it('is healthy and ready before it', async () => {
    expect(await post(LISTING)).toMatchObject({ status: 200, json: HEALTHY });
    expect(await get('/health')).toEqual({ status: 200, json: { status: 'ok' } });
    expect(await get('/health/live')).toEqual({ status: 200, json: { status: 'ok' } });
    expect(await get('/health/ready')).toEqual({ status: 200, json: { status: 'ready', model: 'default' } });
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is unreachable', async () => {
    await proxy.close();
    try {
      const callers: Array<Record<string, string>> = [{}, { authorization: `Bearer ${viewerKey}` }];
      for (const headers of callers) {
        const reply = await post(LISTING, headers);
        expect(reply.status).toBe(503);
        expect(reply.retryAfter).toBe('1');
        expect(reply.json.errors!.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
        expect(JSON.stringify(reply.json)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|SELECT/);
      }
      expect(await get('/health')).toEqual({
        status: 503,
        json: { status: 'unavailable', reason: 'the database is unreachable' },
      });
      expect(await get('/health/ready')).toEqual({
        status: 503,
        json: { status: 'unavailable', reason: 'the database is unreachable' },
      });
      expect(await get('/health/live')).toEqual({ status: 200, json: { status: 'ok' } });
      expect(warn).toHaveBeenCalledWith('[graphql] database failure at', 'tracks', expect.any(String));
    } finally {
      await proxy.open();
    }
  });

  it('recovers within 2 s of the database coming back, without a restart', async () => {
    await proxy.close();
    expect((await post(LISTING)).status).toBe(503);
    await proxy.open();
    const back = performance.now();
    let reply = await post(LISTING);
    while (reply.status !== 200 && performance.now() - back < 5_000) reply = await post(LISTING);
    expect(performance.now() - back).toBeLessThan(2_000);
    expect(reply).toMatchObject({ status: 200, json: HEALTHY });
    expect((await get('/health/ready')).status).toBe(200);
  });
});

describe('a connection dropped mid-statement', () => {
  it('answers 503 SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', async () => {
    // The listing waits on a lock another session holds, so it is in flight when the proxy
    // drops every connection ("Connection terminated unexpectedly").
    const blocker = connectDatabase(tdb.url, { maxConnections: 1 });
    const held = blocker.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "track" IN ACCESS EXCLUSIVE MODE`;
        await tx.$queryRaw`SELECT pg_sleep(0.6)::text`;
      },
      { timeout: 10_000 },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const pending = post(LISTING);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await proxy.close();
      const reply = await pending;
      expect(reply.status).toBe(503);
      expect(reply.retryAfter).toBe('1');
      expect(reply.json.errors!.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      await proxy.open();
      await held;
      await blocker.close();
    }
    let reply = await post(LISTING);
    for (let i = 0; i < 20 && reply.status !== 200; i += 1) reply = await post(LISTING);
    expect(reply).toMatchObject({ status: 200, json: HEALTHY });
  });
});

describe('the statement timeout', () => {
  it('cancels a listing stuck behind a slow statement with QUERY_TIMEOUT, and the pool goes on', async () => {
    // Another session holds the track table while it sleeps: the API's listing waits on it, and
    // the wait counts against its statement_timeout.
    const blocker = connectDatabase(ADMIN_URL.replace(/\/[^/]*$/, `/${tdb.name}`), { maxConnections: 1 });
    const held = blocker.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "track" IN ACCESS EXCLUSIVE MODE`;
        await tx.$queryRaw`SELECT pg_sleep(1)::text`;
      },
      { timeout: 10_000 },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const reply = await post(LISTING);
      const ms = performance.now() - started;
      expect(reply.json.errors!.map((e) => e.extensions.code)).toEqual(['QUERY_TIMEOUT']);
      expect(ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(1_800);
    } finally {
      await held;
      await blocker.close();
    }
    expect(await post(LISTING)).toMatchObject({ status: 200, json: HEALTHY });
  });

  it('reports a pg_sleep past the timeout as a timeout, and an admin termination as an outage', async () => {
    const timed = connectDatabase(tdb.url, { maxConnections: 1, statementTimeoutMs: 200 });
    try {
      const error = await timed.prisma.$queryRaw`SELECT pg_sleep(2)::text`.catch((e: unknown) => e);
      expect(databaseFailure(error)).toBe('timeout');
      const sleeper = connectDatabase(tdb.url, { maxConnections: 1 });
      const kill = connectDatabase(tdb.url, { maxConnections: 1 });
      const sleeping = sleeper.prisma.$queryRaw`SELECT pg_sleep(5)::text`.then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await kill.prisma
        .$queryRaw`SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep(5)%' AND pid <> pg_backend_pid()`;
      await kill.close();
      const terminated = await sleeping;
      await sleeper.close().catch(() => undefined);
      expect(terminated).not.toBeNull();
      expect(databaseFailure(terminated)).toBe('unavailable');
      expect(databaseFailure(new Error('duplicate key'))).toBeNull();
    } finally {
      await timed.close();
    }
  });
});
