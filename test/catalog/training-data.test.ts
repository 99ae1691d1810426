import { featureSequenceOf } from '../../src/catalog/features.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { datasetHash } from '../../src/ml/index.js';
import { loadDatasetFromDb } from '../../src/jobs/dataset-from-db.js';
import { resolveTrainingInput } from '../../src/jobs/training-input.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';
import { seedSearchCatalog } from '../support/search-catalog.js';

let tdb: TestDatabase;
let api: TestApi;
/** A demo track with features, and its music features as the API takes them. */
let seedTrack: { id: string; features: { data: string; frames: number; dim: number; dtype: string } };
let demoVideo: { id: string; visual: { data: string; frames: number; dim: number; dtype: string } };

const b64 = (seq: ReturnType<typeof featureSequenceOf>) => ({
  data: Buffer.from(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength).toString('base64'),
  frames: seq.frames,
  dim: seq.dim,
  dtype: seq.dtype === 'uint8' ? 'UINT8' : 'FLOAT32',
});

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  await seedSearchCatalog(tdb.database, api.services.embedders);
  const db = tdb.database.prisma;
  const feature = await db.mediaFeature.findFirstOrThrow({
    where: { kind: 'AUDIO', trackId: { not: null }, track: { status: 'ACTIVE' } },
    orderBy: { trackId: 'asc' },
  });
  seedTrack = { id: toGlobalId('Track', feature.trackId!), features: b64(featureSequenceOf(feature)) };
  const video = await db.video.findFirstOrThrow({
    where: { externalId: 'demo-video-001' },
    include: { features: true },
  });
  demoVideo = {
    id: toGlobalId('Video', video.id),
    visual: b64(featureSequenceOf(video.features.find((f) => f.kind === 'VISUAL')!)),
  };
}, 120_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

let isrcCounter = 0;
async function createTrack(title: string): Promise<string> {
  isrcCounter += 1;
  const r = await api.run<{ createTrack: { id: string } }>(
    'mutation ($input: CreateTrackInput!) { createTrack(input: $input) { id } }',
    { input: { isrc: `ZZTST26${String(isrcCounter).padStart(5, '0')}`, title, durationSec: 120 } },
    'EDITOR',
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createTrack.id;
}

const SET_FEATURES = `mutation ($id: ID!, $f: FeatureInput!) {
  setTrackAudioFeatures(trackId: $id, features: $f) {
    id audioFeatures { kind frames dim dtype source } embeddings { state modelVersion { version } }
  }
}`;
const CLEAR_FEATURES =
  'mutation ($id: ID!) { clearTrackAudioFeatures(trackId: $id) { id audioFeatures { frames } embeddings { state } } }';

/** Every track id a search returns, walking all its pages (first: 100). */
async function walk(
  field: 'similarTracks' | 'musicForVideo',
  argument: string,
  variables: Record<string, unknown>,
) {
  const ids: string[] = [];
  let after: string | null = null;
  const variable = field === 'similarTracks' ? '$seed: [ID!]!' : '$video: VideoQuery!';
  for (let guard = 0; guard < 20; guard += 1) {
    type Page = {
      edges: Array<{ node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const r: { data?: Record<string, Page> | null; errors?: unknown } = await api.run<
      Record<
        string,
        { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } }
      >
    >(
      `query ($after: String, ${variable}) { ${field}(${argument}, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { ...variables, after },
    );
    expect(r.errors).toBeUndefined();
    const page: Page = r.data![field]!;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('search did not end');
}
const similarTo = (seed: string) => walk('similarTracks', 'trackIds: $seed', { seed: [seed] });
const forDemoVideo = () => walk('musicForVideo', 'video: $video', { video: { videoId: demoVideo.id } });

describe('track features through the API', () => {
  it('makes a new track findable by similarTracks and musicForVideo at once, and gone after clearing', async () => {
    const id = await createTrack('Copy of a demo track');
    expect(await similarTo(seedTrack.id)).not.toContain(id);
    expect(await forDemoVideo()).not.toContain(id);

    const set = await api.run<{
      setTrackAudioFeatures: {
        audioFeatures: unknown;
        embeddings: Array<{ state: string; modelVersion: { version: string } }>;
      };
    }>(SET_FEATURES, { id, f: seedTrack.features }, 'EDITOR');
    expect(set.errors).toBeUndefined();
    expect(set.data!.setTrackAudioFeatures.audioFeatures).toEqual({
      kind: 'AUDIO',
      frames: seedTrack.features.frames,
      dim: 128,
      dtype: seedTrack.features.dtype,
      source: 'api',
    });
    expect(set.data!.setTrackAudioFeatures.embeddings).toEqual([
      { state: 'EMBEDDED', modelVersion: { version: expect.any(String) } },
    ]);
    // The same features give the same embedding: the copy is the seed's nearest neighbour.
    expect((await similarTo(seedTrack.id))[0]).toBe(id);
    expect(await forDemoVideo()).toContain(id);
    // And it is a seed in its own right now.
    expect((await similarTo(id))[0]).toBe(seedTrack.id);

    const cleared = await api.run<{
      clearTrackAudioFeatures: { audioFeatures: unknown; embeddings: Array<{ state: string }> };
    }>(CLEAR_FEATURES, { id }, 'EDITOR');
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.clearTrackAudioFeatures).toEqual({
      id,
      audioFeatures: null,
      embeddings: [{ state: 'NO_FEATURES' }],
    });
    expect(await similarTo(seedTrack.id)).not.toContain(id);
    expect(await forDemoVideo()).not.toContain(id);
    const asSeed = await api.run(
      'query ($s: [ID!]!) { similarTracks(trackIds: $s) { edges { node { id } } } }',
      { s: [id] },
    );
    expect(codes(asSeed)).toEqual(['BAD_USER_INPUT']);
  });

  it('removes a deleted track from both searches', async () => {
    const id = await createTrack('Deleted soon');
    expect((await api.run(SET_FEATURES, { id, f: seedTrack.features }, 'EDITOR')).errors).toBeUndefined();
    expect(await forDemoVideo()).toContain(id);
    expect(
      (await api.run('mutation ($id: ID!) { deleteTrack(id: $id) }', { id }, 'EDITOR')).errors,
    ).toBeUndefined();
    expect(await similarTo(seedTrack.id)).not.toContain(id);
    expect(await forDemoVideo()).not.toContain(id);
  });

  describe('bad input', () => {
    it.each([
      [
        'a wrong dimension',
        { data: Buffer.alloc(64 * 4).toString('base64'), frames: 1, dim: 64 },
        'feature dimension must be 128',
      ],
      [
        'NaN',
        {
          data: Buffer.from(new Float32Array(128).fill(Number.NaN).buffer).toString('base64'),
          frames: 1,
          dim: 128,
        },
        'NaN/Infinity',
      ],
      [
        'a finite but huge value',
        {
          data: Buffer.from(new Float32Array(128).fill(1e20).buffer).toString('base64'),
          frames: 1,
          dim: 128,
        },
        'must lie within',
      ],
      [
        'too many frames',
        { data: Buffer.alloc(3601 * 128).toString('base64'), frames: 3601, dim: 128, dtype: 'UINT8' },
        'more than the maximum of 3600',
      ],
      [
        'a byte count that does not fit the shape',
        { data: Buffer.alloc(10).toString('base64'), frames: 1, dim: 128 },
        'need 512',
      ],
    ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_, f, message) => {
      const id = await createTrack('Bad features');
      const r = await api.run(SET_FEATURES, { id, f }, 'EDITOR');
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.message).toContain(message);
      const track = await api.run<{
        track: { audioFeatures: unknown; embeddings: Array<{ state: string }> };
      }>(
        'query ($id: ID!) { track(id: $id) { audioFeatures { frames } embeddings { state } } }',
        { id },
        'EDITOR',
      );
      expect(track.data!.track).toEqual({ audioFeatures: null, embeddings: [{ state: 'NO_FEATURES' }] });
    });

    it('refuses an unknown track with NOT_FOUND, and a VIEWER with FORBIDDEN', async () => {
      const unknown = toGlobalId('Track', '00000000-0000-4000-8000-000000000000');
      expect(codes(await api.run(SET_FEATURES, { id: unknown, f: seedTrack.features }, 'EDITOR'))).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        codes(await api.run(SET_FEATURES, { id: seedTrack.id, f: seedTrack.features }, 'VIEWER')),
      ).toEqual(['FORBIDDEN']);
    });
  });
});

describe('searchTracks over tracks with and without embeddings', () => {
  const SEARCH = `query ($text: String!, $filter: TrackFilter) {
    searchTracks(text: $text, filter: $filter, first: 50) { edges { node { id title } signals { name } } }
  }`;
  type SearchResult = {
    searchTracks: { edges: Array<{ node: { id: string; title: string }; signals: Array<{ name: string }> }> };
  };

  it('puts a track without features first for its exact title', async () => {
    const id = await createTrack('Calm Piano Rain');
    const r = await api.run<SearchResult>(SEARCH, { text: 'calm piano rain' });
    expect(r.errors).toBeUndefined();
    const edges = r.data!.searchTracks.edges;
    expect(edges[0]!.node.id).toBe(id);
    expect(edges[0]!.signals.map((s) => s.name)).toEqual(['FUSED', 'TEXT']);
    // The learned half still ranks the demo's piano tracks behind it.
    expect(edges.length).toBeGreaterThan(1);
  });

  it('applies the same licence filter to both kinds of row', async () => {
    const titles = ['Zephyr alpha', 'Zephyr beta', 'Zephyr gamma', 'Zephyr delta'];
    const ids = [];
    for (const t of titles) ids.push(await createTrack(t));
    // alpha and gamma are licensed for US online video; beta is licensed elsewhere; delta has none.
    const licence = (trackId: string, territories: string[]) =>
      api.run(
        'mutation ($t: ID!, $i: LicenceTermInput!) { createLicenceTerm(trackId: $t, input: $i) { id } }',
        { t: trackId, i: { rightsHolder: 'Test', usages: ['ONLINE_VIDEO'], territoriesAllow: territories } },
        'EDITOR',
      );
    expect((await licence(ids[0]!, ['US'])).errors).toBeUndefined();
    expect((await licence(ids[1]!, ['FR'])).errors).toBeUndefined();
    expect((await licence(ids[2]!, ['US', 'DE'])).errors).toBeUndefined();
    const filter = { licence: { territory: 'US', usage: 'ONLINE_VIDEO' } };
    const found = async () =>
      (await api.run<SearchResult>(SEARCH, { text: 'zephyr', filter }))
        .data!.searchTracks.edges.map((e) => e.node.title)
        .filter((t) => t.startsWith('Zephyr'))
        .sort();
    const withoutEmbeddings = await found();
    expect(withoutEmbeddings).toEqual(['Zephyr alpha', 'Zephyr gamma']);
    // Embed two of them (one licensed, one not): the answer must not change.
    for (const id of [ids[0]!, ids[1]!]) {
      expect((await api.run(SET_FEATURES, { id, f: seedTrack.features }, 'EDITOR')).errors).toBeUndefined();
    }
    expect(await found()).toEqual(withoutEmbeddings);
    const unfiltered = await api.run<SearchResult>(SEARCH, { text: 'zephyr' });
    expect(
      unfiltered
        .data!.searchTracks.edges.map((e) => e.node.title)
        .filter((t) => t.startsWith('Zephyr'))
        .sort(),
    ).toEqual([...titles].sort());
  });
});

const CREATE_VIDEO =
  'mutation ($i: CreateVideoInput!) { createVideo(input: $i) { id title source visualFeatures { dim frames source } audioFeatures { dim } } }';
const ADD_PAIRS =
  'mutation ($p: [TrainingPairInput!]!) { addTrainingPairs(pairs: $p) { added updated unchanged removed } }';

describe('reference videos and training pairs', () => {
  it('creates, updates and deletes a video with its cues and features', async () => {
    const created = await api.run<{ createVideo: { id: string } }>(
      CREATE_VIDEO,
      {
        i: { title: 'Surf at dawn', onScreenText: 'DAY 1', visual: demoVideo.visual, externalId: 'ext-surf' },
      },
      'EDITOR',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createVideo).toEqual({
      id: expect.any(String),
      title: 'Surf at dawn',
      source: 'api',
      visualFeatures: { dim: 1024, frames: demoVideo.visual.frames, source: 'api' },
      audioFeatures: null,
    });
    const id = created.data!.createVideo.id;
    const updated = await api.run<{ updateVideo: unknown }>(
      'mutation ($id: ID!, $i: UpdateVideoInput!) { updateVideo(id: $id, input: $i) { title onScreenText captions visualFeatures { dim } } }',
      { id, i: { onScreenText: null, captions: 'waves', visual: null } },
      'EDITOR',
    );
    expect(updated.data!.updateVideo).toEqual({
      title: 'Surf at dawn',
      onScreenText: null,
      captions: 'waves',
      visualFeatures: null,
    });
    const dup = await api.run(CREATE_VIDEO, { i: { title: 'Other', externalId: 'ext-surf' } }, 'EDITOR');
    expect(codes(dup)).toEqual(['CONFLICT']);
    expect(
      (await api.run('mutation ($id: ID!) { deleteVideo(id: $id) }', { id }, 'EDITOR')).errors,
    ).toBeUndefined();
    expect(
      (await api.run<{ video: unknown }>('query ($id: ID!) { video(id: $id) { id } }', { id })).data!.video,
    ).toBeNull();
  });

  it('refuses visual features of the wrong size and writes nothing', async () => {
    const before = await tdb.database.prisma.video.count();
    const r = await api.run(CREATE_VIDEO, { i: { title: 'Bad', visual: seedTrack.features } }, 'EDITOR');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions!.field).toBe('input.visual');
    expect(await tdb.database.prisma.video.count()).toBe(before);
  });

  it('adds pairs idempotently, lists and counts them, and the next training run uses them', async () => {
    const trackIds = [
      await createTrack('Pair one'),
      await createTrack('Pair two'),
      await createTrack('Pair three'),
      await createTrack('Pair four'),
    ];
    for (const id of trackIds)
      expect((await api.run(SET_FEATURES, { id, f: seedTrack.features }, 'EDITOR')).errors).toBeUndefined();
    const videoIds: string[] = [];
    for (const t of ['v1', 'v2', 'v3', 'v4']) {
      const v = await api.run<{ createVideo: { id: string } }>(
        CREATE_VIDEO,
        { i: { title: t, visual: demoVideo.visual } },
        'EDITOR',
      );
      videoIds.push(v.data!.createVideo.id);
    }
    const request = resolveTrainingInput({ sources: ['curated'] });
    await expect(loadDatasetFromDb(tdb.database.prisma, request)).rejects.toThrow(
      /VIDEO_MUSIC needs at least 3 pairs with features of one front end; the catalog has none/,
    );

    const pairs = [
      { videoId: videoIds[0], trackId: trackIds[0], source: 'curated' },
      { videoId: videoIds[1], trackId: trackIds[1], source: 'curated' },
      { videoId: videoIds[2], trackId: trackIds[2], source: 'curated', split: 'VALIDATION' },
      { videoId: videoIds[3], trackId: trackIds[3], source: 'curated', split: 'TRAIN' },
    ];
    const first = await api.run<{ addTrainingPairs: unknown }>(ADD_PAIRS, { p: pairs }, 'EDITOR');
    expect(first.errors).toBeUndefined();
    expect(first.data!.addTrainingPairs).toEqual({ added: 4, updated: 0, unchanged: 0, removed: 0 });
    const again = await api.run<{ addTrainingPairs: unknown }>(ADD_PAIRS, { p: pairs }, 'EDITOR');
    expect(again.data!.addTrainingPairs).toEqual({ added: 0, updated: 0, unchanged: 4, removed: 0 });

    const loaded = await loadDatasetFromDb(tdb.database.prisma, request);
    expect(loaded.dataset!.pairs.map((p) => p.split).sort()).toEqual(['train', 'train', 'train', 'val']);
    const hash = datasetHash(loaded.dataset!);

    const counts = await api.run<{
      trainingPairCounts: Array<{ source: string | null; split: string; count: number }>;
    }>('{ trainingPairCounts { source split count } }', {}, 'VIEWER');
    expect(counts.data!.trainingPairCounts.filter((c) => c.source === 'curated')).toEqual([
      { source: 'curated', split: 'TRAIN', count: 3 },
      { source: 'curated', split: 'VALIDATION', count: 1 },
    ]);
    const listed = await api.run<{
      trainingPairs: {
        totalCount: number;
        edges: Array<{ node: { video: { id: string }; track: { title: string }; split: string } }>;
      };
    }>(
      '{ trainingPairs(source: "curated", split: TRAIN) { totalCount edges { node { split video { id } track { title } } } } }',
      {},
      'VIEWER',
    );
    expect(listed.data!.trainingPairs.totalCount).toBe(3);
    expect(listed.data!.trainingPairs.edges.map((e) => e.node.track.title).sort()).toEqual([
      'Pair four',
      'Pair one',
      'Pair two',
    ]);

    // Moving a pair to another split is an update, and changes what training sees.
    const moved = await api.run<{ addTrainingPairs: unknown }>(
      ADD_PAIRS,
      { p: [{ ...pairs[1], split: 'VALIDATION' }] },
      'EDITOR',
    );
    expect(moved.data!.addTrainingPairs).toEqual({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    const reloaded = await loadDatasetFromDb(tdb.database.prisma, request);
    expect(reloaded.dataset!.pairs.map((p) => p.split).sort()).toEqual(['train', 'train', 'val', 'val']);
    expect(datasetHash(reloaded.dataset!)).not.toBe(hash);

    const removed = await api.run<{ removeTrainingPairs: unknown }>(
      'mutation ($p: [TrainingPairRef!]!) { removeTrainingPairs(pairs: $p) { added updated unchanged removed } }',
      {
        p: [
          { videoId: videoIds[0], trackId: trackIds[0] },
          { videoId: videoIds[0], trackId: trackIds[1] },
        ],
      },
      'EDITOR',
    );
    expect(removed.data!.removeTrainingPairs).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 1 });
  });

  it('rejects the whole call when one pair is bad, and writes nothing', async () => {
    const track = await createTrack('Paired maybe');
    expect(
      (await api.run(SET_FEATURES, { id: track, f: seedTrack.features }, 'EDITOR')).errors,
    ).toBeUndefined();
    const good = await api.run<{ createVideo: { id: string } }>(
      CREATE_VIDEO,
      { i: { title: 'good', visual: demoVideo.visual } },
      'EDITOR',
    );
    const bare = await api.run<{ createVideo: { id: string } }>(
      CREATE_VIDEO,
      { i: { title: 'no features' } },
      'EDITOR',
    );
    const featureless = await createTrack('No features');
    const before = await tdb.database.prisma.videoMusicPair.count();
    const goodPair = { videoId: good.data!.createVideo.id, trackId: track };
    const cases: Array<[unknown, string, string]> = [
      [
        { videoId: toGlobalId('Video', '00000000-0000-4000-8000-000000000000'), trackId: track },
        'NOT_FOUND',
        'pairs[1].videoId',
      ],
      [{ videoId: bare.data!.createVideo.id, trackId: track }, 'BAD_USER_INPUT', 'pairs[1].videoId'],
      [{ videoId: good.data!.createVideo.id, trackId: featureless }, 'BAD_USER_INPUT', 'pairs[1].trackId'],
      [goodPair, 'BAD_USER_INPUT', 'pairs[1]'],
    ];
    for (const [bad, code, field] of cases) {
      const r = await api.run(ADD_PAIRS, { p: [goodPair, bad] }, 'EDITOR');
      expect(codes(r)).toEqual([code]);
      expect(r.errors![0]!.extensions!.field).toBe(field);
    }
    expect(await tdb.database.prisma.videoMusicPair.count()).toBe(before);
  });
});
