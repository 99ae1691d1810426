import { jest } from '@jest/globals';
import { loadConfig } from '../../src/config.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let platform: Platform;
let base: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, maxBodyBytes: 4096 },
    { seedDemo: true, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
});
afterAll(async () => {
  await platform.stop();
  await tdb.drop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions: { code: string } }>;
    },
  };
}

describe('the HTTP API', () => {
  it('answers the README query with demo data', async () => {
    const { status, json } = await post({
      query:
        '{ tracks(first: 3) { edges { node { id title bpm artists { name } tags { name category } } } pageInfo { hasNextPage endCursor } } }',
    });
    expect(status).toBe(200);
    const tracks = (
      json.data as {
        tracks: {
          edges: Array<{ node: { title: string; artists: unknown[]; tags: unknown[] } }>;
          pageInfo: { hasNextPage: boolean };
        };
      }
    ).tracks;
    expect(tracks.edges).toHaveLength(3);
    expect(tracks.pageInfo.hasNextPage).toBe(true);
    for (const { node } of tracks.edges) {
      expect(node.artists.length).toBeGreaterThan(0);
      expect(node.tags.length).toBeGreaterThan(0);
    }
  });

  it('authenticates Bearer keys and refuses bad ones with 401 UNAUTHENTICATED', async () => {
    const { secret } = await createApiKey(platform.db.database.prisma, 'http test', 'EDITOR');
    const ok = await post({ query: '{ viewer { role keyName } }' }, { authorization: `Bearer ${secret}` });
    expect(ok.json).toEqual({ data: { viewer: { role: 'EDITOR', keyName: 'http test' } } });
    const bad = await post(
      { query: '{ viewer { role } }' },
      { authorization: 'Bearer vmr_00000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    );
    expect(bad.status).toBe(401);
    expect(bad.json.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const { status, json } = await post({
      query: `{ tracks(first: 1) { totalCount } } # ${'x'.repeat(5000)}`,
    });
    expect(status).toBe(413);
    expect(json.errors![0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body that is not JSON with 400 BAD_USER_INPUT', async () => {
    const { status, json } = await post('{ not json');
    expect(status).toBe(400);
    expect(json.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks database errors as INTERNAL_SERVER_ERROR without leaking SQL', async () => {
    const prisma = platform.db.database.prisma;
    await prisma.$executeRawUnsafe('ALTER TABLE "licence_term" RENAME TO "licence_term_gone"');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { json } = await post({ query: '{ tracks(first: 1) { edges { node { licences { id } } } } }' });
      expect(json.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['tracks', 'edges', 0, 'node', 'licences'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      await prisma.$executeRawUnsafe('ALTER TABLE "licence_term_gone" RENAME TO "licence_term"');
    }
  });

  it('serves the health check and the admin console', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const page = await fetch(`${base}/console`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>');
  });
});
