import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../../src/auth/api-keys.js';
import { loadConfig } from '../../../src/config.js';
import type { Db } from '../../../src/db/client.js';
import { toGlobalId, type NodeType } from '../../../src/graphql/ids.js';
import { startPlatform, type Platform } from '../../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { seedFixtureCatalog } from '../../support/fixtures.js';
import type { Pool } from './generate.js';

export type DatabaseKind = 'postgres' | 'embedded';

export interface Answer {
  status: number;
  ms: number;
  json: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

/** The real server (src/server.ts, over HTTP on a free port) on the demo catalog. */
export interface FuzzTarget {
  kind: DatabaseKind;
  db: Db;
  adminKey: string;
  pool: Pool;
  send(body: string, key?: string): Promise<Answer>;
  /** Row count and a digest of every row of every table (features by size, not bytes). */
  checksum(): Promise<string>;
  refreshPool(): Promise<void>;
  stop(): Promise<void>;
}

// The one column a read changes: authenticating stamps the key's last use.
const VOLATILE = new Set(['api_key.last_used_at']);
const FUZZ_KEY_NAME = 'fuzz admin';

export async function startFuzzTarget(kind: DatabaseKind): Promise<FuzzTarget> {
  let tdb: TestDatabase | undefined;
  let dataDir: string | undefined;
  if (kind === 'postgres') tdb = await createTestDatabase();
  else dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-fuzz-'));
  const platform: Platform = await startPlatform(
    {
      ...loadConfig(),
      databaseUrl: tdb?.url,
      dataDir: dataDir ?? loadConfig().dataDir,
      port: 0,
      // startTraining only queues: the fuzzer must not train models on two shared cores.
      inlineWorker: 'off',
    },
    // The small fixture catalog, not the demo seed: quicker, and the same on both databases.
    { seedDemo: false, log: () => {} },
  );
  const db = platform.db.database.prisma;
  const adminKey = (await createApiKey(db, FUZZ_KEY_NAME, 'ADMIN')).secret;
  await seedFixtureCatalog(db);

  const columns = await db.$queryRaw<Array<{ table: string; column: string; type: string }>>`
    SELECT table_name AS "table", column_name AS "column", data_type AS "type"
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'
    ORDER BY table_name, ordinal_position`;
  const tables = new Map<string, string[]>();
  for (const { table, column, type } of columns) {
    if (VOLATILE.has(`${table}.${column}`)) continue;
    const expr = type === 'bytea' ? `length("${column}")` : `"${column}"`;
    tables.set(table, [...(tables.get(table) ?? []), expr]);
  }
  const checksumSql = [...tables.entries()]
    .map(
      ([table, exprs]) =>
        `SELECT '${table}' AS t, count(*)::int AS n, md5(coalesce(string_agg(md5(ROW(${exprs.join(', ')})::text), '' ORDER BY md5(ROW(${exprs.join(', ')})::text)), '')) AS h FROM "${table}"`,
    )
    .join(' UNION ALL ');

  const pool: Pool = { ids: {}, cursors: {}, tagNames: [], isrcs: [] };
  const target: FuzzTarget = {
    kind,
    db,
    adminKey,
    pool,
    async send(body, key) {
      const started = performance.now();
      const response = await fetch(platform.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      let json: Answer['json'];
      try {
        json = JSON.parse(text) as Answer['json'];
      } catch {
        json = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: response.status, ms, json };
    },
    async checksum() {
      const rows = await db.$queryRawUnsafe<Array<{ t: string; n: number; h: string }>>(checksumSql);
      return rows
        .sort((a, b) => a.t.localeCompare(b.t))
        .map((r) => `${r.t}:${r.n}:${r.h}`)
        .join(' ');
    },
    async refreshPool() {
      const take = 4;
      const ids = (type: NodeType, rows: Array<{ id: string }>) =>
        (pool.ids[type] = rows.map((r) => toGlobalId(type, r.id)));
      ids('Track', await db.track.findMany({ select: { id: true }, take, orderBy: { isrc: 'asc' } }));
      ids('Artist', await db.artist.findMany({ select: { id: true }, take }));
      ids('Tag', await db.tag.findMany({ select: { id: true }, take }));
      ids('Video', await db.video.findMany({ select: { id: true }, take }));
      ids('LicenceTerm', await db.licenceTerm.findMany({ select: { id: true }, take }));
      ids('ModelVersion', await db.modelVersion.findMany({ select: { id: true }, take }));
      ids('TrainingRun', await db.trainingRun.findMany({ select: { id: true }, take }));
      // Never the fuzzer's own key: revoking it would turn every later call anonymous.
      ids(
        'ApiKey',
        await db.apiKey.findMany({ select: { id: true }, where: { name: { not: FUZZ_KEY_NAME } }, take }),
      );
      pool.tagNames = (await db.tag.findMany({ select: { name: true }, take })).map((t) => t.name);
      pool.isrcs = (await db.track.findMany({ select: { isrc: true }, take })).map((t) => t.isrc);
      for (const listing of ['tracks', 'artists', 'videos', 'trainingPairs', 'trainingRuns']) {
        if (pool.cursors[listing]) continue;
        const query = `{ ${listing}(first: 1) { pageInfo { endCursor } } }`;
        const answer = await target.send(JSON.stringify({ query }), adminKey);
        const connection = answer.json.data?.[listing] as
          { pageInfo: { endCursor: string | null } } | undefined;
        const cursor = connection?.pageInfo.endCursor;
        if (cursor) pool.cursors[listing] = [cursor];
      }
    },
    async stop() {
      await platform.stop();
      await tdb?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  await target.refreshPool();
  await seedMedia(target);
  await target.refreshPool();
  return target;
}

const features = (frames: number, dim: number, phase: number) => ({
  data: Buffer.from(
    new Float32Array(Array.from({ length: frames * dim }, (_, i) => Math.sin(i * 0.37 + phase))).buffer,
  ).toString('base64'),
  frames,
  dim,
});

/** Through the API, as a client would: audio features (embedded at once), videos and pairs. */
async function seedMedia(target: FuzzTarget): Promise<void> {
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const answer = await target.send(JSON.stringify({ query, variables }), target.adminKey);
    if (answer.json.errors) throw new Error(`fixture: ${JSON.stringify(answer.json.errors)}`);
    return answer.json.data!;
  };
  const tracks = target.pool.ids.Track!;
  for (const [i, trackId] of tracks.entries()) {
    await gql(
      'mutation ($t: ID!, $f: FeatureInput!) { setTrackAudioFeatures(trackId: $t, features: $f) { id } }',
      {
        t: trackId,
        f: features(3, 128, i),
      },
    );
  }
  const videos: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const data = await gql('mutation ($v: CreateVideoInput!) { createVideo(input: $v) { id } }', {
      v: {
        title: `Fuzz video ${i}`,
        captions: 'city at night',
        visual: features(2, 1024, i),
        audio: features(2, 128, i),
      },
    });
    videos.push((data.createVideo as { id: string }).id);
  }
  await gql('mutation ($p: [TrainingPairInput!]!) { addTrainingPairs(pairs: $p) { added } }', {
    p: videos.map((videoId, i) => ({ videoId, trackId: tracks[i] })),
  });
}
