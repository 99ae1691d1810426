import { featureSequenceOf } from '../../src/catalog/features.js';
import { embedMissingTracks } from '../../src/search/backfill.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { dequantizeYt8m } from '../../src/ml/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';
import { seedSearchCatalog } from '../support/search-catalog.js';

let tdb: TestDatabase;
let api: TestApi;
let videoId: string;
let visualB64: { uint8: string; float32: string; frames: number };

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
  await seedSearchCatalog(tdb.database, api.services.embedders);
  const video = await tdb.database.prisma.video.findFirstOrThrow({
    where: { externalId: 'demo-video-001' },
    include: { features: true },
  });
  videoId = toGlobalId('Video', video.id);
  const visual = featureSequenceOf(video.features.find((f) => f.kind === 'VISUAL')!);
  const floats = dequantizeYt8m(visual.data as Uint8Array);
  visualB64 = {
    uint8: Buffer.from(visual.data.buffer, visual.data.byteOffset, visual.data.byteLength).toString('base64'),
    float32: Buffer.from(floats.buffer).toString('base64'),
    frames: visual.frames,
  };
}, 120_000);
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const MUSIC_FOR_VIDEO = `query ($video: VideoQuery!, $filter: TrackFilter, $first: Int, $after: String) {
  musicForVideo(video: $video, filter: $filter, first: $first, after: $after) {
    modelVersion { id version }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor score signals { name score rank } node { id title status bpm tags { name } }
            explanation { signals summary matchedTags { name } licence { rightsHolder usages } } }
  }
}`;

interface Edge {
  cursor: string;
  score: number;
  signals: Array<{ name: string; score: number; rank: number | null }>;
  node: { id: string; title: string; status: string; bpm: number | null; tags: Array<{ name: string }> };
  explanation: {
    signals: string[];
    summary: string;
    matchedTags: Array<{ name: string }>;
    licence: { rightsHolder: string; usages: string[] } | null;
  };
}
interface SearchData {
  modelVersion: { id: string; version: string };
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Edge[];
}

async function musicForVideo(
  variables: Record<string, unknown>,
  as?: 'VIEWER' | 'EDITOR',
): Promise<SearchData> {
  const result = await api.run<{ musicForVideo: SearchData }>(MUSIC_FOR_VIDEO, variables, as);
  expect(result.errors).toBeUndefined();
  return result.data!.musicForVideo;
}

const textQuery = { text: { title: 'calm piano for a rainy study vlog' } };

describe('musicForVideo', () => {
  it('answers a catalog video with scored, ranked, explained tracks from the active model', async () => {
    const page = await musicForVideo({ video: { videoId }, first: 5 });
    expect(page.modelVersion.version).toBe('default');
    expect(page.edges).toHaveLength(5);
    const scores = page.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    page.edges.forEach((edge, i) => {
      expect(edge.signals).toEqual([{ name: 'VECTOR', score: edge.score, rank: i + 1 }]);
      expect(edge.explanation.signals).toEqual(['VECTOR']);
      expect(edge.explanation.summary).toMatch(/^vector \d\.\d{3} \(#\d+\)/);
    });
  });

  it("finds the video's own paired track near the top for most demo videos (the model has learned)", async () => {
    const videos = await tdb.database.prisma.video.findMany({ include: { pairs: true }, take: 24 });
    let hits = 0;
    for (const v of videos) {
      const page = await musicForVideo({ video: { videoId: toGlobalId('Video', v.id) }, first: 20 });
      if (page.edges.some((e) => e.node.id === toGlobalId('Track', v.pairs[0].trackId))) hits += 1;
    }
    // 160 tracks in 12 styles: a random ranking puts the pair in the top 20 for 1 video in 8.
    expect(hits / videos.length).toBeGreaterThan(0.5);
  });

  it('embeds raw features, float32 and uint8 alike, to the same answer', async () => {
    const base = { frames: visualB64.frames, dim: 1024 };
    const asFloat = await musicForVideo({
      video: { visual: { ...base, data: visualB64.float32, dtype: 'FLOAT32' } },
      first: 5,
    });
    const asBytes = await musicForVideo({
      video: { visual: { ...base, data: visualB64.uint8, dtype: 'UINT8' } },
      first: 5,
    });
    expect(asBytes.edges.map((e) => e.node.id)).toEqual(asFloat.edges.map((e) => e.node.id));
    for (const [a, b] of asFloat.edges.map((e, i) => [e.score, asBytes.edges[i].score]))
      expect(Math.abs(a - b)).toBeLessThan(1e-3);
  });

  it('answers text cues alone, and text cues beside features (II-CLVTM) differently from features alone', async () => {
    const text = await musicForVideo({ video: textQuery, first: 5 });
    expect(
      text.edges.filter((e) => e.node.tags.some((t) => t.name === 'Calm')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(text.edges[0].explanation.matchedTags.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Calm']),
    );
    const visual = { frames: visualB64.frames, dim: 1024, data: visualB64.uint8, dtype: 'UINT8' };
    const alone = await musicForVideo({ video: { visual }, first: 5 });
    const withText = await musicForVideo({ video: { visual, text: textQuery.text }, first: 5 });
    expect(withText.edges.map((e) => e.score)).not.toEqual(alone.edges.map((e) => e.score));
  });

  it('walks pages without duplicates or gaps, in score order', async () => {
    const filter = { bpm: { min: 90, max: 130 } };
    const whole = await musicForVideo({ video: textQuery, filter, first: 100 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const walked: Edge[] = [];
    let after: string | null = null;
    do {
      const page: SearchData = await musicForVideo({ video: textQuery, filter, first: 7, after });
      walked.push(...page.edges);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(walked.map((e) => e.node.id)).toEqual(whole.edges.map((e) => e.node.id));
    expect(new Set(walked.map((e) => e.node.id)).size).toBe(walked.length);
    expect(walked.map((e) => e.signals[0].rank)).toEqual(walked.map((_, i) => i + 1));
  });

  it('keeps a page walk on the model version its cursor pinned, across an activation', async () => {
    const prisma = tdb.database.prisma;
    const first = await musicForVideo({ video: textQuery, first: 10 });
    const pinned = first.modelVersion.id;
    // A second version whose embeddings rank differently: the default encoder, shuffled track vectors.
    const other = await prisma.modelVersion.create({
      data: { version: 'shuffled', dim: 256, path: 'default', manifest: {} },
    });
    const rows = await prisma.$queryRaw<
      Array<{ track_id: string; embedding: string }>
    >`SELECT track_id::text, embedding::text FROM track_embedding`;
    const { upsertEmbeddings, createVersionIndex, fromSql } = await import('../../src/db/vectors.js');
    await upsertEmbeddings(
      prisma,
      other.id,
      rows.map((r, i) => ({
        trackId: r.track_id,
        embedding: fromSql(rows[(i + 7) % rows.length].embedding),
      })),
    );
    await createVersionIndex(prisma, other.id, { concurrently: false });
    const { activateModel } = await import('../../src/models/registry.js');
    const original = (await prisma.modelVersion.findFirstOrThrow({ where: { status: 'ACTIVE' } })).id;
    await activateModel(prisma, other.id);
    try {
      const second = await musicForVideo({ video: textQuery, first: 10, after: first.pageInfo.endCursor });
      expect(second.modelVersion.id).toBe(pinned);
      const fresh = await musicForVideo({ video: textQuery, first: 20 });
      expect(fresh.modelVersion.version).toBe('shuffled');
      const walked = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(new Set(walked).size).toBe(20);
      expect([...first.edges, ...second.edges].map((e) => e.score)).toEqual(
        [...first.edges, ...second.edges].map((e) => e.score).sort((a, b) => b - a),
      );
    } finally {
      await activateModel(prisma, original);
    }
  });

  it('never returns HIDDEN or TAKEN_DOWN tracks to anonymous callers; keyed callers asking get HIDDEN, and only editors TAKEN_DOWN', async () => {
    const hiddenFilter = { status: ['HIDDEN', 'TAKEN_DOWN'] };
    expect((await musicForVideo({ video: textQuery, filter: hiddenFilter, first: 50 })).edges).toEqual([]);
    const all = await musicForVideo({ video: textQuery, first: 100 });
    expect(all.edges.every((e) => e.node.status === 'ACTIVE')).toBe(true);
    const count = (status: 'HIDDEN' | 'TAKEN_DOWN') =>
      tdb.database.prisma.track.count({ where: { status, features: { some: { kind: 'AUDIO' } } } });
    const [hidden, takenDown] = [await count('HIDDEN'), await count('TAKEN_DOWN')];
    expect(takenDown).toBeGreaterThan(0);
    const viewer = await musicForVideo({ video: textQuery, filter: hiddenFilter, first: 100 }, 'VIEWER');
    expect(viewer.edges.map((e) => e.node.status).filter((s) => s === 'TAKEN_DOWN')).toEqual([]);
    expect(viewer.edges.length).toBe(Math.min(hidden, 100));
    const viewerUnfiltered = await musicForVideo({ video: textQuery, first: 100 }, 'VIEWER');
    expect(viewerUnfiltered.edges.some((e) => e.node.status === 'TAKEN_DOWN')).toBe(false);
    const editor = await musicForVideo(
      { video: textQuery, filter: { status: ['TAKEN_DOWN'] }, first: 100 },
      'EDITOR',
    );
    expect(editor.edges).toHaveLength(takenDown);
    expect(editor.edges.every((e) => e.node.status === 'TAKEN_DOWN')).toBe(true);
  });
});

describe('search filters', () => {
  async function ids(filter: Record<string, unknown>): Promise<Set<string>> {
    const page = await musicForVideo({ video: textQuery, filter, first: 100 });
    expect(page.pageInfo.hasNextPage).toBe(false);
    return new Set(page.edges.map((e) => e.node.id));
  }
  async function expectedIds(where: object): Promise<Set<string>> {
    const rows = await tdb.database.prisma.track.findMany({
      where: { AND: [{ status: 'ACTIVE' }, where] },
      select: { id: true },
    });
    return new Set(rows.map((r) => toGlobalId('Track', r.id)));
  }

  it.each([
    [
      'tags any',
      { tags: { any: ['Calm', 'Epic'] } },
      { tags: { some: { tag: { name: { in: ['Calm', 'Epic'] } } } } },
    ],
    [
      'tags all',
      { tags: { all: ['Piano', 'Calm'] } },
      {
        AND: [{ tags: { some: { tag: { name: 'Piano' } } } }, { tags: { some: { tag: { name: 'Calm' } } } }],
      },
    ],
    [
      'tags none',
      { tags: { none: ['Low', 'Medium'] } },
      { tags: { none: { tag: { name: { in: ['Low', 'Medium'] } } } } },
    ],
    ['bpm', { bpm: { min: 100, max: 120 } }, { bpm: { gte: 100, lte: 120 } }],
    ['duration', { durationSec: { max: 50 } }, { durationSec: { lte: 50 } }],
    ['key and mode', { key: 'A', mode: 'MINOR' }, { musicalKey: 'A', mode: 'MINOR' }],
    ['vocals', { hasVocals: true }, { hasVocals: true }],
    ['explicit', { explicit: true }, { explicit: true }],
    [
      'release year',
      { releaseYear: { min: 2020, max: 2022 } },
      { releaseDate: { gte: new Date('2020-01-01'), lt: new Date('2023-01-01') } },
    ],
    ['text', { text: 'legacy' }, { title: { contains: 'legacy', mode: 'insensitive' as const } }],
    [
      'combined',
      { tags: { any: ['Calm'] }, hasVocals: false, bpm: { max: 75 } },
      { tags: { some: { tag: { name: 'Calm' } } }, hasVocals: false, bpm: { lte: 75 } },
    ],
  ])('applies %s exactly, with a full page when enough tracks match', async (_, filter, where) => {
    const expected = await expectedIds(where);
    expect(expected.size).toBeGreaterThan(0);
    expect(await ids(filter)).toEqual(expected);
    if (expected.size >= 5)
      expect((await musicForVideo({ video: textQuery, filter, first: 5 })).edges).toHaveLength(5);
  });

  it('names the filter tags that matched in the explanation', async () => {
    const page = await musicForVideo({ video: textQuery, filter: { tags: { any: ['Epic'] } }, first: 3 });
    for (const edge of page.edges) expect(edge.explanation.matchedTags.map((t) => t.name)).toContain('Epic');
  });
});

describe('the licence filter', () => {
  let made: Record<string, string>;
  const date = (s: string) => new Date(`${s}T00:00:00.000Z`);

  beforeAll(async () => {
    const prisma = tdb.database.prisma;
    const tag = await prisma.tag.create({ data: { name: 'LicenceCase', category: 'THEME' } });
    const audio = await prisma.mediaFeature.findFirstOrThrow({
      where: { kind: 'AUDIO', trackId: { not: null } },
    });
    const deals: Record<string, object[]> = {
      worldwideSocial: [{ usages: ['SOCIAL'], worldwide: true }],
      worldwideExceptDE: [{ usages: ['SOCIAL'], worldwide: true, territoriesDeny: ['DE'] }],
      usAndCanada: [{ usages: ['SOCIAL', 'ONLINE_VIDEO'], territoriesAllow: ['US', 'CA'] }],
      denyBeatsAllow: [{ usages: ['SOCIAL'], territoriesAllow: ['US', 'GB'], territoriesDeny: ['US'] }],
      only2025: [
        {
          usages: ['SOCIAL'],
          worldwide: true,
          validFrom: date('2025-01-01'),
          validUntil: date('2025-12-31'),
        },
      ],
      splitDeals: [
        { usages: ['SOCIAL'], territoriesAllow: ['US'] },
        { usages: ['ADVERTISING'], territoriesAllow: ['GB'] },
      ],
      noDeal: [],
      expensive: [{ usages: ['SOCIAL'], worldwide: true, priceTier: 4 }],
      contentId: [{ usages: ['SOCIAL'], worldwide: true, contentIdRegistered: true }],
    };
    made = {};
    let n = 0;
    for (const [name, terms] of Object.entries(deals)) {
      n += 1;
      const track = await prisma.track.create({
        data: {
          isrc: `USLIC26${String(n).padStart(5, '0')}`,
          title: `Licence ${name}`,
          durationSec: 60,
          tags: { create: [{ tagId: tag.id }] },
          licences: {
            create: terms.map((t) => ({
              rightsHolder: `Holder ${name}`,
              territoriesAllow: [],
              territoriesDeny: [],
              ...t,
            })) as never,
          },
          features: {
            create: [
              {
                kind: 'AUDIO',
                extractor: audio.extractor,
                dim: audio.dim,
                frames: audio.frames,
                dtype: audio.dtype,
                data: audio.data,
              },
            ],
          },
        },
      });
      made[toGlobalId('Track', track.id)] = name;
    }
    const version = await prisma.modelVersion.findFirstOrThrow({ where: { status: 'ACTIVE' } });
    await embedMissingTracks(prisma, api.services.embedders, version);
  });

  async function allowed(licence: Record<string, unknown>): Promise<string[]> {
    const page = await musicForVideo({
      video: textQuery,
      filter: { tags: { any: ['LicenceCase'] }, licence },
      first: 50,
    });
    for (const edge of page.edges) {
      expect(edge.explanation.licence).not.toBeNull();
      expect(edge.explanation.summary).toContain(
        `licensed for ${licence.usage} in ${licence.territory} by Holder ${made[edge.node.id]}`,
      );
    }
    return page.edges.map((e) => made[e.node.id]).sort();
  }

  it.each([
    [
      { territory: 'US', usage: 'SOCIAL', at: '2025-06-01' },
      [
        'denyBeatsAllow',
        'usAndCanada',
        'only2025',
        'splitDeals',
        'worldwideExceptDE',
        'worldwideSocial',
        'expensive',
        'contentId',
      ].filter((x) => x !== 'denyBeatsAllow'),
    ],
    [
      { territory: 'DE', usage: 'SOCIAL', at: '2025-06-01' },
      ['contentId', 'expensive', 'only2025', 'worldwideSocial'],
    ],
    [
      { territory: 'GB', usage: 'SOCIAL', at: '2026-01-01' },
      ['contentId', 'denyBeatsAllow', 'expensive', 'worldwideExceptDE', 'worldwideSocial'],
    ],
    [{ territory: 'GB', usage: 'ADVERTISING', at: '2026-01-01' }, ['splitDeals']],
    [{ territory: 'US', usage: 'ADVERTISING', at: '2026-01-01' }, []],
    [{ territory: 'CA', usage: 'ONLINE_VIDEO', at: '2026-01-01' }, ['usAndCanada']],
    [
      { territory: 'FR', usage: 'SOCIAL', at: '2025-12-31' },
      ['contentId', 'expensive', 'only2025', 'worldwideExceptDE', 'worldwideSocial'],
    ],
    [
      { territory: 'FR', usage: 'SOCIAL', at: '2024-12-31' },
      ['contentId', 'expensive', 'worldwideExceptDE', 'worldwideSocial'],
    ],
    [
      { territory: 'FR', usage: 'SOCIAL', at: '2026-01-01', maxPriceTier: 3 },
      ['contentId', 'worldwideExceptDE', 'worldwideSocial'],
    ],
    [
      { territory: 'FR', usage: 'SOCIAL', at: '2026-01-01', contentIdSafe: true },
      ['expensive', 'worldwideExceptDE', 'worldwideSocial'],
    ],
  ])('allows exactly the right tracks for %j', async (licence, expected) => {
    expect(await allowed(licence)).toEqual([...expected].sort());
  });

  it('applies the same rule to the plain tracks listing', async () => {
    const result = await api.run<{ tracks: { edges: Array<{ node: { id: string } }> } }>(
      'query ($f: TrackFilter) { tracks(first: 100, filter: $f) { edges { node { id } } } }',
      {
        f: {
          tags: { any: ['LicenceCase'] },
          licence: { territory: 'DE', usage: 'SOCIAL', at: '2025-06-01' },
        },
      },
    );
    expect(result.data!.tracks.edges.map((e) => made[e.node.id]).sort()).toEqual([
      'contentId',
      'expensive',
      'only2025',
      'worldwideSocial',
    ]);
  });

  it('never allows a track without a deal (deny by default)', async () => {
    const all = await allowed({ territory: 'US', usage: 'SOCIAL' });
    expect(all).not.toContain('noDeal');
  });
});

describe('similarTracks', () => {
  const SIMILAR = `query ($ids: [ID!]!, $ex: [ID!], $first: Int, $filter: TrackFilter) {
    similarTracks(trackIds: $ids, excludeTrackIds: $ex, first: $first, filter: $filter) { edges { score node { id tags { name } } } }
  }`;

  it('returns tracks like the seed, excluding the seeds and the excluded ones', async () => {
    const seed = await tdb.database.prisma.track.findFirstOrThrow({
      where: { status: 'ACTIVE', tags: { some: { tag: { name: 'Epic' } } } },
    });
    const seedId = toGlobalId('Track', seed.id);
    const result = await api.run<{
      similarTracks: { edges: Array<{ score: number; node: { id: string; tags: Array<{ name: string }> } }> };
    }>(SIMILAR, { ids: [seedId], first: 6 });
    const edges = result.data!.similarTracks.edges;
    expect(edges).toHaveLength(6);
    expect(edges.map((e) => e.node.id)).not.toContain(seedId);
    expect(edges.filter((e) => e.node.tags.some((t) => t.name === 'Epic')).length).toBeGreaterThanOrEqual(4);
    const excluded = await api.run<typeof result.data>(SIMILAR, {
      ids: [seedId],
      ex: [edges[0].node.id],
      first: 6,
    });
    expect(excluded.data!.similarTracks.edges.map((e) => e.node.id)).not.toContain(edges[0].node.id);
  });

  it('accepts several seeds', async () => {
    const seeds = await tdb.database.prisma.track.findMany({ where: { status: 'ACTIVE' }, take: 3 });
    const result = await api.run<{ similarTracks: { edges: unknown[] } }>(SIMILAR, {
      ids: seeds.map((s) => toGlobalId('Track', s.id)),
      first: 5,
    });
    expect(result.data!.similarTracks.edges).toHaveLength(5);
  });
});

describe('searchTracks', () => {
  const SEARCH = `query ($text: String!, $fusion: FusionInput, $filter: TrackFilter, $first: Int, $after: String) {
    searchTracks(text: $text, fusion: $fusion, filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { score signals { name rank } node { id title tags { name } } explanation { signals matchedTags { name } } }
      facets { tags(category: GENRE) { tag { name } count } bpm { min max count } durationSec { min max count } }
    }
  }`;
  type Data = {
    searchTracks: {
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: Array<{
        score: number;
        signals: Array<{ name: string; rank: number }>;
        node: { id: string; title: string; tags: Array<{ name: string }> };
        explanation: { signals: string[]; matchedTags: Array<{ name: string }> };
      }>;
      facets: {
        tags: Array<{ tag: { name: string }; count: number }>;
        bpm: Array<{ count: number }>;
        durationSec: Array<{ count: number }>;
      };
    };
  };

  it('fuses full-text and learned similarity, and explains both', async () => {
    const result = await api.run<Data>(SEARCH, { text: 'epic trailer', first: 5 });
    const edges = result.data!.searchTracks.edges;
    expect(edges).toHaveLength(5);
    expect(edges[0].explanation.signals).toEqual(['FUSED', 'TEXT', 'VECTOR']);
    expect(edges[0].explanation.matchedTags.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Epic', 'Trailer']),
    );
    for (const e of edges) expect(e.node.tags.map((t) => t.name)).toContain('Epic');
  });

  it('supports relative-score fusion and text-only weighting', async () => {
    const textOnly = await api.run<Data>(SEARCH, {
      text: 'legacy',
      fusion: { method: 'RELATIVE_SCORE', semanticWeight: 0 },
      first: 20,
    });
    const titles = textOnly.data!.searchTracks.edges.map((e) => e.node.title.toLowerCase());
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toContain('legacy');
    for (const e of textOnly.data!.searchTracks.edges)
      expect(e.signals.map((s) => s.name)).toEqual(['FUSED', 'TEXT']);
  });

  it('walks pages of the fused list without duplicates', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const r: GraphQLResult<Data> = await api.run<Data>(SEARCH, { text: 'calm piano', first: 10, after });
      seen.push(...r.data!.searchTracks.edges.map((e) => e.node.id));
      after = r.data!.searchTracks.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(40);
  });

  it('counts facets over every track that passes the filter', async () => {
    const r = await api.run<Data>(SEARCH, { text: 'calm', filter: { hasVocals: false }, first: 1 });
    const facets = r.data!.searchTracks.facets;
    const instrumental = await tdb.database.prisma.track.count({
      where: { status: 'ACTIVE', hasVocals: false, features: { some: {} } },
    });
    expect(facets.durationSec.reduce((a, b) => a + b.count, 0)).toBe(instrumental);
    const withGenre = await tdb.database.prisma.track.count({
      where: {
        status: 'ACTIVE',
        hasVocals: false,
        features: { some: {} },
        tags: { some: { tag: { category: 'GENRE' } } },
      },
    });
    expect(facets.tags.reduce((a, b) => a + b.count, 0)).toBe(withGenre);
  });
});

describe('bad input', () => {
  const visual = (over: Record<string, unknown>) => ({
    video: {
      visual: {
        frames: 2,
        dim: 1024,
        data: Buffer.from(new Float32Array(2048).fill(0.1).buffer).toString('base64'),
        ...over,
      },
    },
  });
  const nan = new Float32Array(2048).fill(0.1);
  nan[5] = NaN;
  it.each([
    [
      'a feature dimension the model does not take',
      visual({ dim: 512, frames: 4 }),
      'BAD_USER_INPUT',
      /1024/,
    ],
    [
      'NaN in the features',
      visual({ data: Buffer.from(nan.buffer).toString('base64') }),
      'BAD_USER_INPUT',
      /NaN|finite/i,
    ],
    [
      'a byte count that disagrees with the shape',
      visual({ frames: 3 }),
      'BAD_USER_INPUT',
      /video\.visual\.data has 8192 bytes; 3 frames x 1024 dims of FLOAT32 need 12288/,
    ],
    [
      'zero frames',
      visual({ frames: 0, data: '' }),
      'BAD_USER_INPUT',
      /video\.visual\.frames must be a positive integer, got 0/,
    ],
    ['an empty query', { video: {} }, 'BAD_USER_INPUT', /give one of videoId, visual features, or text cues/],
    [
      'more than one query kind',
      {
        video: { videoId: 'VmlkZW86MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw', text: { title: 'x' } },
      },
      'BAD_USER_INPUT',
      /not several kinds/,
    ],
    [
      'an unknown video',
      { video: { videoId: toGlobalId('Video', '00000000-0000-4000-8000-000000000000') } },
      'NOT_FOUND',
      /does not exist/,
    ],
    ['first above the cap', { video: textQuery, first: 101 }, 'BAD_USER_INPUT', /first must be at most 100/],
    [
      'an unknown territory',
      { video: textQuery, filter: { licence: { territory: 'XX', usage: 'SOCIAL' } } },
      'BAD_USER_INPUT',
      /territory is not an ISO 3166-1 alpha-2 code: "XX"/,
    ],
  ])('rejects %s', async (_, variables, code, message) => {
    const result = await api.run(MUSIC_FOR_VIDEO, variables);
    expect(codes(result)).toEqual([code]);
    expect(result.errors![0].message).toMatch(message);
  });

  it('rejects an unknown usage at validation', async () => {
    const result = await api.run(MUSIC_FOR_VIDEO, {
      video: textQuery,
      filter: { licence: { territory: 'US', usage: 'BILLBOARD' } },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/BILLBOARD/);
  });

  it('rejects similarTracks with an unknown seed and searchTracks with empty text', async () => {
    const unknown = await api.run('query ($id: ID!) { similarTracks(trackIds: [$id]) { edges { score } } }', {
      id: toGlobalId('Track', '00000000-0000-4000-8000-000000000000'),
    });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    const empty = await api.run('{ searchTracks(text: "   ") { edges { score } } }');
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
  });
});
