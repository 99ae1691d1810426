import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../../src/auth/api-keys.js';
import { featureSequenceOf } from '../../src/catalog/features.js';
import { loadConfig } from '../../src/config.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { startPlatform } from '../../src/server.js';

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
  });

  it('makes a track given features through the API findable by similarTracks, and gone after clearing', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmr-embedded-'));
    const config = { ...loadConfig(), databaseUrl: undefined, dataDir, port: 0 };
    const platform = await startPlatform(config, { log: () => {} });
    try {
      const prisma = platform.db.database.prisma;
      const { secret } = await createApiKey(prisma, 'embedded editor', 'EDITOR');
      const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
        const response = await fetch(`http://127.0.0.1:${platform.port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: T; errors?: unknown[] };
      };
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
    } finally {
      await platform.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
