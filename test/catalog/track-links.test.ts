import { toGlobalId } from '../../src/graphql/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { seedFixtureCatalog } from '../support/fixtures.js';
import { createTestApi, type TestApi } from '../support/graphql.js';

// track_links (migration 20261202050000_track_links) is a read model: each track's credits and
// tags as JSON, kept by triggers. After every kind of write, it must equal what the link tables
// say, computed here afresh with the same aggregates the listing used to run per request.

let tdb: TestDatabase;
let api: TestApi;
let trackIds: Map<string, string>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  trackIds = await seedFixtureCatalog(tdb.database.prisma);
  api = await createTestApi(tdb.database);
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const prisma = () => tdb.database.prisma;

/** Tracks whose stored lists differ from the link tables, or that have no row at all. */
async function stale(): Promise<Array<{ id: string; stored: unknown; fresh: unknown }>> {
  return prisma().$queryRaw`
    SELECT t."id"::text AS "id", l."credits"::text || ' ' || l."tags"::text AS "stored",
           f."credits"::text || ' ' || f."tags"::text AS "fresh"
    FROM "track" t LEFT JOIN "track_links" l ON l."track_id" = t."id",
    LATERAL (SELECT
      COALESCE((SELECT json_agg(json_build_array(a."id", a."name", a."country", a."created_at", a."updated_at", ta."role", ta."position")
                                ORDER BY ta."position", a."id")
                FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id" WHERE ta."track_id" = t."id"), '[]') AS "credits",
      COALESCE((SELECT json_agg(json_build_array(g."id", g."name", g."category", tt."weight") ORDER BY tt."weight" DESC, tt."tag_id")
                FROM "track_tag" tt JOIN "tag" g ON g."id" = tt."tag_id" WHERE tt."track_id" = t."id"), '[]') AS "tags") f
    WHERE l."track_id" IS NULL OR l."credits"::text <> f."credits"::text OR l."tags"::text <> f."tags"::text`;
}

const someTrack = () => [...trackIds.values()][0]!;

describe('track_links', () => {
  it('holds every seeded track with its credits and tags', async () => {
    expect(await prisma().trackLinks.count()).toBe(await prisma().track.count());
    const row = await prisma().trackLinks.findUniqueOrThrow({ where: { trackId: someTrack() } });
    expect((row.credits as unknown[]).length).toBe(1);
    expect((row.tags as unknown[]).length).toBeGreaterThan(0);
    expect(await stale()).toEqual([]);
  });

  it('follows credits and tags added, reweighted, moved and removed', async () => {
    const [a, b] = [...trackIds.values()];
    const artist = await prisma().artist.create({ data: { name: 'Guest', country: 'FR' } });
    const tag = await prisma().tag.create({ data: { name: 'Lo-fi', category: 'GENRE' } });
    await prisma().trackArtist.create({
      data: { trackId: a!, artistId: artist.id, role: 'FEATURED', position: 1 },
    });
    await prisma().trackTag.createMany({
      data: [
        { trackId: a!, tagId: tag.id, weight: 5 },
        { trackId: b!, tagId: tag.id, weight: 0.5 },
      ],
    });
    expect(await stale()).toEqual([]);
    await prisma().trackTag.update({
      where: { trackId_tagId: { trackId: a!, tagId: tag.id } },
      data: { weight: 0.1 },
    });
    await prisma().trackArtist.update({
      where: { trackId_artistId_role: { trackId: a!, artistId: artist.id, role: 'FEATURED' } },
      data: { position: -1 },
    });
    expect(await stale()).toEqual([]);
    // A link moved to another track changes both tracks' lists.
    await prisma().trackArtist.update({
      where: { trackId_artistId_role: { trackId: a!, artistId: artist.id, role: 'FEATURED' } },
      data: { trackId: b! },
    });
    expect(await stale()).toEqual([]);
    await prisma().trackTag.deleteMany({ where: { tagId: tag.id } });
    expect(await stale()).toEqual([]);
  });

  it('follows artists and tags changed or deleted, in any column the lists carry', async () => {
    const credit = await prisma().trackArtist.findFirstOrThrow({ include: { artist: true } });
    await prisma().artist.update({ where: { id: credit.artistId }, data: { country: 'SE' } });
    const link = await prisma().trackTag.findFirstOrThrow();
    await prisma().tag.update({ where: { id: link.tagId }, data: { category: 'THEME' } });
    expect(await stale()).toEqual([]);
    await prisma().artist.delete({ where: { id: credit.artistId } });
    await prisma().tag.delete({ where: { id: link.tagId } });
    expect(await stale()).toEqual([]);
  });

  it('gives a new track an empty row, and drops the row with the track', async () => {
    const track = await prisma().track.create({
      data: { isrc: 'QZLNK0000001', title: 'Bare', durationSec: 60 },
    });
    expect(await prisma().trackLinks.findUnique({ where: { trackId: track.id } })).toMatchObject({
      credits: [],
      tags: [],
    });
    await prisma().track.delete({ where: { id: track.id } });
    expect(await prisma().trackLinks.findUnique({ where: { trackId: track.id } })).toBeNull();
    expect(await stale()).toEqual([]);
  });

  it('is what a listing shows after a rename through the API', async () => {
    const credit = await prisma().trackArtist.findFirstOrThrow({ where: { track: { status: 'ACTIVE' } } });
    const renamed = await api.run(
      'mutation ($id: ID!) { updateArtist(id: $id, input: { name: "Renamed Artist" }) { id } }',
      { id: toGlobalId('Artist', credit.artistId) },
      'EDITOR',
    );
    expect(renamed.errors).toBeUndefined();
    const listing = await api.run<{
      tracks: { edges: Array<{ node: { id: string; artists: Array<{ name: string }> } }> };
    }>('{ tracks(first: 100) { edges { node { id artists { name } } } } }');
    const shown = listing.data!.tracks.edges.find((e) => e.node.id === toGlobalId('Track', credit.trackId));
    expect(shown?.node.artists.map((a) => a.name)).toContain('Renamed Artist');
    expect(await stale()).toEqual([]);
  });
});
