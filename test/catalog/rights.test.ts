import { Prisma } from '../../src/generated/prisma/client.js';
import type { LicenceUsage } from '../../src/generated/prisma/enums.js';
import { toGlobalId } from '../../src/graphql/ids.js';
import { searchFilterSql } from '../../src/search/filter-sql.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database);
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

let seq = 0;

/** A track with the given terms (worldwide unless territoriesAllow is given), named `title`. */
async function trackWith(title: string, terms: Array<Record<string, unknown>>): Promise<string> {
  seq += 1;
  const track = await tdb.database.prisma.track.create({
    data: {
      isrc: `DERGT26${String(seq).padStart(5, '0')}`,
      title,
      durationSec: 60,
      licences: {
        create: terms.map((t) => ({
          rightsHolder: `Holder ${title}`,
          worldwide: !t.territoriesAllow,
          territoriesAllow: [],
          territoriesDeny: [],
          ...t,
        })) as never,
      },
    },
  });
  return track.id;
}

/** Titles (among `ids`) that the search filter SQL lets through, read on track_filter_row. */
async function searchable(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const filter = await searchFilterSql(tdb.database.prisma, { licence: licence as never }, ['ACTIVE']);
  const rows = await tdb.database.prisma.$queryRaw<Array<{ title: string }>>`
    SELECT t."title" FROM "track_filter_row" e JOIN "track" t ON t."id" = e."track_id"
    WHERE e."track_id" = ANY(${ids}::uuid[]) ${filter.sql} ORDER BY t."title"`;
  return rows.map((r) => r.title);
}

/** Titles (among `ids`) that the plain tracks listing returns under the licence filter. */
async function listed(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const result = await api.run<{ tracks: { edges: Array<{ node: { id: string; title: string } }> } }>(
    'query ($f: TrackFilter) { tracks(first: 100, filter: $f) { edges { node { id title } } } }',
    { f: { licence } },
  );
  expect(result.errors).toBeUndefined();
  const wanted = new Set(ids.map((id) => toGlobalId('Track', id)));
  return result
    .data!.tracks.edges.filter((e) => wanted.has(e.node.id))
    .map((e) => e.node.title)
    .sort();
}

async function available(ids: string[], licence: Record<string, unknown>): Promise<string[]> {
  const viaSearch = await searchable(ids, licence);
  expect(await listed(ids, licence)).toEqual(viaSearch);
  return viaSearch;
}

describe('the usage tree', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = [
      await trackWith('onlineVideo', [{ usages: ['ONLINE_VIDEO'] }]),
      await trackWith('social', [{ usages: ['SOCIAL'] }]),
      await trackWith('advertising', [{ usages: ['ADVERTISING'] }]),
      await trackWith('adOnline', [{ usages: ['ADVERTISING_ONLINE'] }]),
      await trackWith('podcast', [{ usages: ['PODCAST'] }]),
    ];
  });

  it.each<[LicenceUsage, string[]]>([
    ['ONLINE_VIDEO', ['onlineVideo']],
    ['SOCIAL', ['onlineVideo', 'social']],
    ['PODCAST_VIDEO', ['onlineVideo']],
    ['ADVERTISING', ['advertising']],
    ['ADVERTISING_ONLINE', ['adOnline', 'advertising']],
    ['ADVERTISING_BROADCAST', ['advertising']],
    ['PODCAST', ['podcast']],
    ['BROADCAST', []],
  ])('a request for %s is cleared by a grant of it or of a usage above it', async (usage, expected) => {
    expect(await available(ids, { territory: 'FR', usage, at: '2026-01-01' })).toEqual(expected);
  });

  it('reads the tree in one SQL function, each usage with itself and its ancestors', async () => {
    const rows = await tdb.database.prisma.$queryRaw<Array<{ u: string; a: string[] }>>(
      Prisma.sql`SELECT u::text, vmr_usage_ancestors(u)::text[] AS a FROM unnest(enum_range(NULL::"LicenceUsage")) u`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.u, r.a]))).toEqual({
      ONLINE_VIDEO: ['ONLINE_VIDEO'],
      SOCIAL: ['SOCIAL', 'ONLINE_VIDEO'],
      ADVERTISING: ['ADVERTISING'],
      BROADCAST: ['BROADCAST'],
      FILM: ['FILM'],
      GAME: ['GAME'],
      PODCAST: ['PODCAST'],
      PODCAST_VIDEO: ['PODCAST_VIDEO', 'ONLINE_VIDEO'],
      ADVERTISING_ONLINE: ['ADVERTISING_ONLINE', 'ADVERTISING'],
      ADVERTISING_BROADCAST: ['ADVERTISING_BROADCAST', 'ADVERTISING'],
    });
  });
});
