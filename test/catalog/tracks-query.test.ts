import { listTrackPage } from '../../src/catalog/track-listing.js';
import { creditsOfTracks, tagWeightsOfTracks } from '../../src/catalog/track-links.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { FIXTURE_TRACKS, seedFixtureCatalog, type FixtureTrack } from '../support/fixtures.js';
import { codes, createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;
let idsByIsrc: Map<string, string>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  idsByIsrc = await seedFixtureCatalog(tdb.database.prisma);
  api = await createTestApi(tdb.database);
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const PAGE = `query ($first: Int, $after: String, $filter: TrackFilter, $orderBy: TrackOrder) {
  tracks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

interface PageData {
  tracks: {
    edges: Array<{ cursor: string; node: { title: string } }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    totalCount: number;
  };
}

const visibleToPublic = FIXTURE_TRACKS.filter((t) => t.status === 'ACTIVE');
const titles = (tracks: FixtureTrack[]) => tracks.map((t) => t.title).sort();

async function walk(variables: Record<string, unknown>, pageSize: number, as?: 'VIEWER'): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const result: GraphQLResult<PageData> = await api.run<PageData>(
      PAGE,
      { ...variables, first: pageSize, after },
      as,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!.tracks;
    seen.push(...page.edges.map((e) => e.node.title));
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not terminate');
}

async function filtered(filter: Record<string, unknown>, as?: 'VIEWER'): Promise<string[]> {
  const result = await api.run<PageData>(PAGE, { first: 100, filter }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.tracks.edges.map((e) => e.node.title).sort();
}

describe('tracks pagination', () => {
  it('walks every visible track exactly once, in title order, for any page size', async () => {
    const expected = visibleToPublic.map((t) => t.title).sort((a, b) => (a < b ? -1 : 1));
    for (const size of [1, 3, 4, 100]) {
      expect(await walk({}, size)).toEqual(expected);
    }
  });

  it('orders by a nullable field in both directions with nulls last and no row lost', async () => {
    // Nulls last in both directions; ties (equal BPM, or both null) in id order.
    const byBpm = (dir: 1 | -1) => {
      const byValue = (a: FixtureTrack, b: FixtureTrack) =>
        a.bpm === b.bpm ? 0 : a.bpm === null ? 1 : b.bpm === null ? -1 : dir * (a.bpm - b.bpm);
      const byId = (a: FixtureTrack, b: FixtureTrack) =>
        idsByIsrc.get(a.isrc)! < idsByIsrc.get(b.isrc)! ? -1 : 1;
      return [...visibleToPublic].sort((a, b) => byValue(a, b) || byId(a, b)).map((t) => t.title);
    };
    expect(await walk({ orderBy: { field: 'BPM', direction: 'ASC' } }, 2)).toEqual(byBpm(1));
    expect(await walk({ orderBy: { field: 'BPM', direction: 'DESC' } }, 3)).toEqual(byBpm(-1));
    const releaseWalk = await walk({ orderBy: { field: 'RELEASE_DATE', direction: 'DESC' } }, 2);
    expect(releaseWalk.sort()).toEqual(titles(visibleToPublic));
  });

  it('orders by duration, release date and creation time, each in both directions, keyset-exact', async () => {
    const rows = await tdb.database.prisma.track.findMany({ where: { status: 'ACTIVE' } });
    const reference = (key: (t: (typeof rows)[number]) => number | null, dir: 1 | -1) =>
      [...rows]
        .sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          if (x !== y) return x === null ? 1 : y === null ? -1 : dir * (x - y);
          return a.id < b.id ? -1 : 1;
        })
        .map((t) => t.title);
    const cases = [
      ['DURATION', (t: (typeof rows)[number]) => t.durationSec],
      ['RELEASE_DATE', (t: (typeof rows)[number]) => t.releaseDate?.getTime() ?? null],
      ['CREATED_AT', (t: (typeof rows)[number]) => t.createdAt.getTime()],
    ] as const;
    for (const [field, key] of cases) {
      expect(await walk({ orderBy: { field, direction: 'ASC' } }, 2)).toEqual(reference(key, 1));
      expect(await walk({ orderBy: { field, direction: 'DESC' } }, 3)).toEqual(reference(key, -1));
    }
  });

  it('reads each track as Prisma reads it: every column, dates, JSON, arrays; credits and tags in order', async () => {
    const listing = await listTrackPage(tdb.database, {
      first: 100,
      sort: 'title',
      direction: 'asc',
      visible: ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'],
      filter: { status: ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN'] },
      with: { credits: true, tags: true },
    });
    const ids = listing.rows.map((r) => r.track.id);
    const prisma = tdb.database.prisma;
    const tracks = await prisma.track.findMany({ where: { id: { in: ids } } });
    expect(listing.rows.map((r) => r.track)).toEqual(ids.map((id) => tracks.find((t) => t.id === id)));
    expect(listing.rows.some((r) => r.track.releaseDate === null)).toBe(true);
    expect(listing.rows.flatMap((r) => r.credits)).toEqual(
      await creditsOfTracks(prisma, ids).then((c) => ids.flatMap((id) => c.filter((x) => x.trackId === id))),
    );
    expect(listing.rows.flatMap((r) => r.tagWeights)).toEqual(
      await tagWeightsOfTracks(prisma, ids).then((w) =>
        ids.flatMap((id) => w.filter((x) => x.trackId === id)),
      ),
    );
  });

  it('refuses a forged cursor whose position Postgres could not read, as a bad cursor', async () => {
    const forge = (scope: string, p: unknown) =>
      Buffer.from(JSON.stringify({ s: scope, p })).toString('base64url');
    const id = '00000000-0000-4000-8000-000000000000';
    const cases: Array<[Record<string, unknown>, string, unknown]> = [
      [{}, 'tracks:title:asc', { v: 'a\u0000b', id }],
      [{}, 'tracks:title:asc', { v: 'x', id: 'not-a-uuid' }],
      [{}, 'tracks:title:asc', { v: 3, id }],
      [{ orderBy: { field: 'BPM' } }, 'tracks:bpm:asc', { v: 'fast', id }],
      [{ orderBy: { field: 'DURATION' } }, 'tracks:durationSec:asc', { v: null, id }],
      [
        { orderBy: { field: 'RELEASE_DATE' } },
        'tracks:releaseDate:asc',
        { v: '0000-01-01T00:00:00.000Z', id },
      ],
      [{ orderBy: { field: 'CREATED_AT' } }, 'tracks:createdAt:asc', { v: '2020-13-01T00:00:00.000Z', id }],
    ];
    for (const [variables, scope, position] of cases) {
      const result = await api.run(PAGE, { ...variables, first: 2, after: forge(scope, position) });
      expect({ position, codes: codes(result), message: result.errors?.[0]?.message }).toEqual({
        position,
        codes: ['BAD_USER_INPUT'],
        message: 'after is not a valid cursor',
      });
    }
  });

  it('answers first: 0 with no edges, null cursors and the total', async () => {
    const result = await api.run<PageData>(PAGE, { first: 0 });
    expect(result).toEqual({
      data: {
        tracks: {
          edges: [],
          pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
          totalCount: visibleToPublic.length,
        },
      },
    });
  });

  it('returns an empty last page after the final cursor', async () => {
    const all = await api.run<PageData>(PAGE, { first: 100 });
    const last = all.data!.tracks.pageInfo.endCursor;
    const after = await api.run<PageData>(PAGE, { first: 5, after: last });
    expect(after.data!.tracks.edges).toEqual([]);
    expect(after.data!.tracks.pageInfo.hasNextPage).toBe(false);
  });

  it('neither repeats nor skips rows when a track is inserted before the cursor mid-walk', async () => {
    const first = await api.run<PageData>(PAGE, { first: 4 });
    const created = await tdb.database.prisma.track.create({
      data: { isrc: 'USFIX2699999', title: 'Aaa First', durationSec: 100 },
    });
    try {
      const next = await api.run<PageData>(PAGE, {
        first: 100,
        after: first.data!.tracks.pageInfo.endCursor,
      });
      const seen = [...first.data!.tracks.edges, ...next.data!.tracks.edges].map((e) => e.node.title);
      expect(seen).toEqual(visibleToPublic.map((t) => t.title).sort((a, b) => (a < b ? -1 : 1)));
    } finally {
      await tdb.database.prisma.track.delete({ where: { id: created.id } });
    }
  });

  describe('bad input', () => {
    it.each([
      [{ first: 101 }, 'first must be at most 100, got 101'],
      [{ first: -1 }, 'first must be a non-negative integer, got -1'],
      [{ first: 2, after: 'not-a-cursor' }, 'after is not a valid cursor'],
    ])('rejects %j with BAD_USER_INPUT', async (variables, message) => {
      const result = await api.run(PAGE, variables);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toBe(message);
      expect(result.data).toBeNull();
    });

    it('rejects a cursor issued for another ordering', async () => {
      const page = await api.run<PageData>(PAGE, { first: 2, orderBy: { field: 'BPM' } });
      const result = await api.run(PAGE, { first: 2, after: page.data!.tracks.pageInfo.endCursor });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toBe('after was issued for a different listing or ordering');
    });
  });
});

describe('tracks filters', () => {
  const expectSet = (predicate: (t: FixtureTrack) => boolean) => titles(visibleToPublic.filter(predicate));
  const cases: Array<[string, Record<string, unknown>, (t: FixtureTrack) => boolean]> = [
    ['a tag (any)', { tags: { any: ['folk'] } }, (t) => t.tags.includes('Folk')],
    [
      'several tags (any)',
      { tags: { any: ['Folk', 'Cinematic'] } },
      (t) => t.tags.includes('Folk') || t.tags.includes('Cinematic'),
    ],
    [
      'several tags (all)',
      { tags: { all: ['Ambient', 'Piano'] } },
      (t) => t.tags.includes('Ambient') && t.tags.includes('Piano'),
    ],
    [
      'excluded tags (none)',
      { tags: { none: ['Calm', 'Dark'] } },
      (t) => !t.tags.includes('Calm') && !t.tags.includes('Dark'),
    ],
    ['a BPM range', { bpm: { min: 90, max: 125 } }, (t) => t.bpm !== null && t.bpm >= 90 && t.bpm <= 125],
    ['an open BPM range', { bpm: { min: 120 } }, (t) => t.bpm !== null && t.bpm >= 120],
    ['a duration range', { durationSec: { max: 180 } }, (t) => t.durationSec <= 180],
    ['a key given in flats', { key: 'Db' }, (t) => t.key === 'C#'],
    ['key and mode', { key: 'A', mode: 'MINOR' }, (t) => t.key === 'A' && t.mode === 'MINOR'],
    ['vocals', { hasVocals: true }, (t) => t.hasVocals],
    ['instrumentals', { hasVocals: false }, (t) => !t.hasVocals],
    ['explicit', { explicit: false }, (t) => !t.explicit],
    [
      'release years',
      { releaseYear: { min: 2019, max: 2021 } },
      (t) => t.year !== null && t.year >= 2019 && t.year <= 2021,
    ],
    ['text in the title', { text: 'lant' }, (t) => t.title.toLowerCase().includes('lant')],
    ['text in an artist name', { text: 'luna' }, (t) => t.artist.toLowerCase().includes('luna')],
    [
      'everything combined',
      {
        tags: { any: ['Electronic', 'Folk'], none: ['Dark'] },
        bpm: { min: 95 },
        hasVocals: true,
        releaseYear: { min: 2020 },
      },
      (t) =>
        (t.tags.includes('Electronic') || t.tags.includes('Folk')) &&
        !t.tags.includes('Dark') &&
        t.bpm !== null &&
        t.bpm >= 95 &&
        t.hasVocals &&
        t.year! >= 2020,
    ],
  ];

  it.each(cases)('filters by %s', async (_, filter, predicate) => {
    const expected = expectSet(predicate);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(visibleToPublic.length);
    expect(await filtered(filter)).toEqual(expected);
  });

  describe('bad input', () => {
    it.each([
      [{ bpm: { min: 130, max: 90 } }, 'filter.bpm.min must not exceed max'],
      [{ key: 'H' }, 'filter.key is not a musical key (C, C#, Db, ... B): "H"'],
      [{ tags: { any: ['No Such Tag'] } }, 'filter.tags.any names an unknown tag: "No Such Tag"'],
    ])('rejects %j', async (filter, message) => {
      const result = await api.run(PAGE, { first: 10, filter });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toBe(message);
    });
  });
});

describe('visibility', () => {
  const hidden = FIXTURE_TRACKS.filter((t) => t.status !== 'ACTIVE');

  it('never shows anonymous callers a HIDDEN or TAKEN_DOWN track, even when they ask for one', async () => {
    expect(await filtered({ status: ['HIDDEN', 'TAKEN_DOWN'] })).toEqual([]);
    expect(await walk({}, 5)).not.toContain(hidden[0].title);
    for (const t of hidden) {
      const id = toGlobalId('Track', idsByIsrc.get(t.isrc)!);
      const result = await api.run(`query ($id: ID!) { track(id: $id) { title } node(id: $id) { id } }`, {
        id,
      });
      expect(result).toEqual({ data: { track: null, node: null } });
    }
  });

  it('hides them from nested listings and tag counts too, for keyed callers as well', async () => {
    const artist = await tdb.database.prisma.artist.findFirstOrThrow({ where: { name: 'Orion Quinn' } });
    const query = `query ($id: ID!) { artist(id: $id) { tracks(first: 10) { edges { node { title } } totalCount } } tags(category: GENRE) { name trackCount } }`;
    const anon = await api.run<{
      artist: { tracks: { edges: Array<{ node: { title: string } }>; totalCount: number } };
      tags: Array<{ name: string; trackCount: number }>;
    }>(query, { id: toGlobalId('Artist', artist.id) });
    expect(anon.data!.artist.tracks.edges.map((e) => e.node.title)).toEqual(['Gravity Well']);
    expect(anon.data!.artist.tracks.totalCount).toBe(1);
    expect(anon.data!.tags.find((t) => t.name === 'Cinematic')!.trackCount).toBe(2);
    // Listings and counts return ACTIVE tracks for every caller (src/catalog/listed-statuses.ts).
    const viewer = await api.run<typeof anon.data>(query, { id: toGlobalId('Artist', artist.id) }, 'VIEWER');
    expect(viewer.data).toEqual(anon.data);
  });

  it('lists ACTIVE tracks to keyed callers too, and the other statuses when the filter names them', async () => {
    expect(await filtered({ status: ['HIDDEN', 'TAKEN_DOWN'] }, 'VIEWER')).toEqual(titles(hidden));
    const active = FIXTURE_TRACKS.filter((t) => t.status === 'ACTIVE');
    expect((await walk({}, 5, 'VIEWER')).sort()).toEqual(titles(active));
    const every = { filter: { status: ['ACTIVE', 'HIDDEN', 'TAKEN_DOWN', 'TRAINING_ONLY'] } };
    expect((await walk(every, 5, 'VIEWER')).length).toBe(FIXTURE_TRACKS.length);
  });
});
