import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { featureSequenceOf } from '../../src/catalog/features.js';
import { loadConfig } from '../../src/config.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { startPlatform, type Platform } from '../../src/server.js';

const QUERY =
  '{ tracks(first: 3) { edges { node { id title bpm artists { name } tags { name category } } } pageInfo { hasNextPage endCursor } } }';

async function firstTracks(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await response.json()) as {
    data: {
      tracks: { edges: Array<{ node: { id: string; title: string } }>; pageInfo: { hasNextPage: boolean } };
    };
  };
}

describe('the embedded default (PGlite, no DATABASE_URL)', () => {
  it('migrates and seeds on first start, and keeps the data across restarts', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-embedded-'));
    const logs: string[] = [];
    const config = { ...loadConfig(), databaseUrl: undefined, dataDir, port: 0 };
    try {
      const first = await startPlatform(config, { log: (m) => logs.push(m) });
      const answer = await firstTracks(first.port);
      await first.stop();
      expect(answer.data.tracks.edges).toHaveLength(3);
      expect(answer.data.tracks.pageInfo.hasNextPage).toBe(true);
      expect(logs.some((l) => l.includes('seeded the demo catalog'))).toBe(true);

      logs.length = 0;
      const second = await startPlatform(config, { log: (m) => logs.push(m) });
      const again = await firstTracks(second.port);
      await second.stop();
      expect(again).toEqual(answer);
      expect(logs.some((l) => l.includes('seeded'))).toBe(false);
      expect(logs.some((l) => l.includes('migrations applied: 0'))).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});

describe('one embedded platform', () => {
  let dataDir: string;
  let platform: Platform;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-embedded-'));
    // No inline worker: a queued training run stays queued, and no training competes for the CPU.
    const config = {
      ...loadConfig(),
      databaseUrl: undefined,
      dataDir,
      port: 0,
      inlineWorker: 'off' as const,
    };
    platform = await startPlatform(config, { log: () => {} });
    editor = (await createApiKey(platform.db.database.prisma, 'embedded editor', 'EDITOR')).secret;
    admin = (await createApiKey(platform.db.database.prisma, 'embedded admin', 'ADMIN')).secret;
  }, 300_000);
  afterAll(async () => {
    await platform?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, key = editor) {
    const response = await fetch(`http://127.0.0.1:${platform.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data: T;
      errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
  }

  it('makes a track given features through the API findable by similarTracks, and gone after clearing', async () => {
    {
      const prisma = platform.db.database.prisma;
      const feature = await prisma.mediaFeature.findFirstOrThrow({
        where: { kind: 'AUDIO', trackId: { not: null }, track: { status: 'ACTIVE' } },
        orderBy: { trackId: 'asc' },
      });
      const seq = featureSequenceOf(feature);
      const seed = toGlobalId('Track', feature.trackId!);
      const created = await gql<{ createTrack: { id: string } }>(
        'mutation { createTrack(input: { isrc: "ZZEMB2600001", title: "Embedded copy", durationSec: 100 }) { id } }',
      );
      const id = created.data.createTrack.id;
      const similar = async () =>
        (
          await gql<{ similarTracks: { edges: Array<{ node: { id: string } }> } }>(
            'query ($s: [ID!]!) { similarTracks(trackIds: $s, first: 5) { edges { node { id } } } }',
            { s: [seed] },
          )
        ).data.similarTracks.edges.map((e) => e.node.id);
      expect(await similar()).not.toContain(id);
      const set = await gql(
        'mutation ($id: ID!, $f: FeatureInput!) { setTrackAudioFeatures(trackId: $id, features: $f) { id } }',
        {
          id,
          f: {
            data: Buffer.from(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength).toString('base64'),
            frames: seq.frames,
            dim: seq.dim,
            dtype: seq.dtype === 'uint8' ? 'UINT8' : 'FLOAT32',
          },
        },
      );
      expect(set.errors).toBeUndefined();
      expect((await similar())[0]).toBe(id);
      expect(
        (await gql('mutation ($id: ID!) { clearTrackAudioFeatures(trackId: $id) { id } }', { id })).errors,
      ).toBeUndefined();
      expect(await similar()).not.toContain(id);
    }
  }, 120_000);

  it('answers every valid request while NUL bytes and year 0000 are refused, over GraphQL and raw SQL', async () => {
    const prisma = platform.db.database.prisma;
    const seed = toGlobalId(
      'Track',
      (await prisma.track.findFirstOrThrow({ where: { status: 'ACTIVE' } })).id,
    );
    const valid = [
      () => gql<{ tracks: { edges: unknown[] } }>('{ tracks(first: 3) { edges { node { id title } } } }'),
      () =>
        gql<{ similarTracks: { edges: unknown[] } }>(
          'query ($s: [ID!]!) { similarTracks(trackIds: $s, first: 3) { edges { node { id } } } }',
          { s: [seed] },
        ),
    ];
    const refused = [
      () =>
        gql('query ($t: String!) { tracks(filter: { text: $t }) { edges { node { id } } } }', {
          t: 'a\u0000b',
        }),
      () =>
        gql('mutation ($i: CreateTrackInput!) { createTrack(input: $i) { id } }', {
          i: { isrc: 'ZZERR2600001', title: 'Year zero', durationSec: 60, releaseDate: '0000-06-01' },
        }),
    ];
    // Raw statements that Postgres refuses, past every GraphQL guard, at the same time.
    const raw = [
      () => prisma.$queryRaw`SELECT ${'a\u0000b'}::text`,
      () => prisma.$queryRaw`SELECT ${'0000-01-01'}::date`,
    ];
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        if (i % 3 === 0) return (await valid[(i / 3) % 2]!()).errors ?? 'ok';
        if (i % 3 === 1) return (await refused[i % 2]!()).errors?.[0]?.extensions.code;
        return raw[i % 2]!().then(
          () => 'accepted',
          () => 'refused',
        );
      }),
    );
    expect(outcomes).toEqual(
      Array.from({ length: 24 }, (_, i) => (i % 3 === 0 ? 'ok' : i % 3 === 1 ? 'BAD_USER_INPUT' : 'refused')),
    );
    expect(await prisma.track.count({ where: { isrc: 'ZZERR2600001' } })).toBe(0);
  }, 120_000);

  it('gives a second startTraining CONFLICT with the first run as runningRunId', async () => {
    const start = () =>
      gql<{ startTraining: { id: string } }>(
        'mutation { startTraining(input: { epochs: 1 }) { id } }',
        {},
        admin,
      );
    const first = await start();
    expect(first.errors).toBeUndefined();
    const second = await start();
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      runningRunId: first.data.startTraining.id,
    });
    const after = await gql<{ tracks: { edges: unknown[] } }>(
      '{ tracks(first: 2) { edges { node { id } } } }',
    );
    expect(after.errors).toBeUndefined();
    expect(after.data.tracks.edges).toHaveLength(2);
  }, 60_000);
});
