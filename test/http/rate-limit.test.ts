import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig, type RateLimits } from '../../src/config.js';
import { SCHEMA_PATH } from '../../src/graphql/apollo.js';
import { operationCost } from '../../src/graphql/plugins/query-cost.js';
import { fragmentsOf } from '../../src/graphql/plugins/query-shape.js';
import { startPlatform, type Platform } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const QUERY = '{ tracks(first: 10) { totalCount edges { node { id title } } } }';
/** What the rate limiter charges for QUERY: the cost model of query-cost.ts, computed here. */
const COST = (() => {
  const document = parse(QUERY);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return operationCost(
    buildSchema(readFileSync(SCHEMA_PATH, 'utf8')),
    operation,
    fragmentsOf(document),
    {},
    Infinity,
  );
})();
/** Each role's window holds exactly this many QUERYs. */
const FITS = { ANONYMOUS: 3, VIEWER: 5 };
const WINDOW_S = 30;

let tdb: TestDatabase;
let platform: Platform;
let base: string;
let keys: Record<'VIEWER' | 'ADMIN', string>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  const rateLimits: RateLimits = {
    enabled: true,
    windowSeconds: WINDOW_S,
    points: {
      ANONYMOUS: FITS.ANONYMOUS * COST,
      VIEWER: FITS.VIEWER * COST,
      EDITOR: FITS.VIEWER * COST,
      ADMIN: 0,
    },
  };
  platform = await startPlatform(
    { ...loadConfig(), databaseUrl: tdb.url, port: 0, rateLimits },
    { seedDemo: false, log: () => {} },
  );
  base = `http://127.0.0.1:${platform.port}`;
  const prisma = platform.db.database.prisma;
  keys = {
    VIEWER: (await createApiKey(prisma, 'rate viewer', 'VIEWER')).secret,
    ADMIN: (await createApiKey(prisma, 'rate admin', 'ADMIN')).secret,
  };
});
afterAll(async () => {
  await platform?.stop();
  await tdb?.drop();
});

async function post(query: string, key?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    json: (await response.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    },
  };
}

describe('rate limits counted by query cost', () => {
  it('charges what the cost model says: tracks, then 10 times each field inside it', () => {
    // tracks + 10 x (totalCount, edges, node, id, title)
    expect(COST).toBe(1 + 10 * 5);
  });

  it('accepts anonymous queries up to exactly the limit per IP and refuses the next with 429 RATE_LIMITED', async () => {
    for (let i = 0; i < FITS.ANONYMOUS; i += 1) {
      const ok = await post(QUERY);
      expect(ok.status).toBe(200);
      expect(ok.json.errors).toBeUndefined();
    }
    const refused = await post(QUERY);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(WINDOW_S);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'RATE_LIMITED',
          retryAfter: Number(refused.retryAfter),
          limit: FITS.ANONYMOUS * COST,
          cost: COST,
        }),
      }),
    ]);
    expect(refused.json.data).toBeUndefined();
  });

  it('charges by cost: a cheaper query still fits where the full one did not', async () => {
    // __typename is free; the anonymous window is spent, and a zero-cost query still passes.
    expect((await post('{ __typename }')).status).toBe(200);
  });

  it('counts a key on its own, with its role points, apart from the IP it calls from', async () => {
    for (let i = 0; i < FITS.VIEWER; i += 1) expect((await post(QUERY, keys.VIEWER)).status).toBe(200);
    const refused = await post(QUERY, keys.VIEWER);
    expect(refused.status).toBe(429);
    expect(refused.json.errors![0].extensions.code).toBe('RATE_LIMITED');
  });

  it('leaves ADMIN keys unlimited by default', async () => {
    for (let i = 0; i < FITS.VIEWER * 3; i += 1) expect((await post(QUERY, keys.ADMIN)).status).toBe(200);
  });
});
