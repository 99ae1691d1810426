import { Prisma } from '../../src/generated/prisma/client.js';
import { embeddingsOf, nearestTracks, type NearestOptions } from '../../src/db/vectors.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { searchFilterSql } from '../../src/search/filter-sql.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR, seedSearchCatalog } from '../support/search-catalog.js';

// The three ways nearestTracks answers (HNSW, one exact scan, two half-scans at once) against
// each other on the demo catalog: the exact ones must agree row for row, pages included.

let tdb: TestDatabase;
let versionId: string;
let queries: Float32Array[];

beforeAll(async () => {
  tdb = await createTestDatabase();
  const embedders = new EmbedderPool(MODELS_DIR);
  versionId = (await seedSearchCatalog(tdb.database, embedders)).id;
  await embedders.closeAll();
  const tracks = await tdb.database.prisma.track.findMany({
    select: { id: true },
    orderBy: { isrc: 'asc' },
    take: 5,
  });
  const vectors = await embeddingsOf(
    tdb.database.prisma,
    versionId,
    tracks.map((t) => t.id),
  );
  queries = [...vectors.values()];
}, 120_000);
afterAll(() => tdb.drop());

const filters: Array<[string, Record<string, unknown> | null]> = [
  ['no filter', null],
  ['tags and BPM', { tags: { any: ['Calm', 'Epic'] }, bpm: { min: 80 } }],
  ['a licence', { licence: { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' } }],
  ['tags and a licence', { tags: { none: ['Low'] }, licence: { territory: 'US', usage: 'ONLINE_VIDEO' } }],
];

async function options(filter: Record<string, unknown> | null, query: Float32Array, limit: number) {
  const resolved = await searchFilterSql(tdb.database.prisma, filter as never, ['ACTIVE']);
  return {
    versionId,
    query,
    where: resolved.rowSql,
    deferredWhere: resolved.licenceSql ?? undefined,
    limit,
    mode: 'exact',
  } satisfies NearestOptions;
}

describe('exact vector scans', () => {
  it('spread the catalog over both halves', async () => {
    const halves = await tdb.database.prisma.$queryRaw<Array<{ half: number; n: number }>>(
      Prisma.sql`SELECT scan_half AS half, count(*)::int AS n FROM track_embedding GROUP BY scan_half ORDER BY 1`,
    );
    expect(halves.map((h) => h.half)).toEqual([0, 1]);
    for (const h of halves) expect(h.n).toBeGreaterThan(10);
  });

  it.each(filters)('give the same ranking in one scan and in two halves at once (%s)', async (_, filter) => {
    for (const query of queries) {
      const one = await nearestTracks(tdb.database.prisma, await options(filter, query, 12));
      const two = await nearestTracks(tdb.database.prisma, {
        ...(await options(filter, query, 12)),
        parallel: true,
      });
      expect(one.length).toBeGreaterThan(0);
      expect(two).toEqual(one);
      for (let i = 1; i < one.length; i += 1)
        expect(one[i].distance).toBeGreaterThanOrEqual(one[i - 1].distance);
    }
  });

  it('walk pages in two halves exactly as the single scan ranks the whole list', async () => {
    const filter = { tags: { any: ['Calm', 'Epic', 'Piano'] } };
    const query = queries[0];
    const all = await nearestTracks(tdb.database.prisma, await options(filter, query, 1000));
    expect(all.length).toBeGreaterThan(20);
    const walked: typeof all = [];
    let after: NearestOptions['after'] = null;
    for (;;) {
      const page = await nearestTracks(tdb.database.prisma, {
        ...(await options(filter, query, 7)),
        parallel: true,
        after,
      });
      walked.push(...page);
      if (page.length < 7) break;
      after = { distance: page.at(-1)!.distance, trackId: page.at(-1)!.trackId };
    }
    expect(walked).toEqual(all);
  });

  it('agree with the HNSW index on the nearest tracks when nothing is filtered', async () => {
    for (const query of queries) {
      const exact = await nearestTracks(tdb.database.prisma, await options(null, query, 10));
      const index = await nearestTracks(tdb.database.prisma, {
        ...(await options(null, query, 10)),
        mode: 'index',
      });
      const overlap = index.filter((n) => exact.some((e) => e.trackId === n.trackId)).length;
      expect(overlap).toBeGreaterThanOrEqual(9);
      expect(index[0]).toEqual(exact[0]); // the query track itself, at distance ~0
    }
  });
});
