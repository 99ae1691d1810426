import { seedDemoCatalogIfEmpty } from '../../src/catalog/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedDemoCatalogIfEmpty(tdb.database.prisma);
  api = await createTestApi(tdb.database);
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const NESTED = `query ($first: Int) {
  tracks(first: $first) {
    edges { node { title artists { name } credits { role artist { name } } tags { name category } licences { usages territoriesAllow } } }
  }
}`;

const MEDIA = `query ($first: Int) {
  tracks(first: $first) { edges { node { title audioFeatures { frames dtype } embeddings { state } } } }
}`;

async function queriesFor(first: number, query = NESTED): Promise<number> {
  const before = tdb.database.queryCount();
  const result = await api.run<{ tracks: { edges: unknown[] } }>(query, { first });
  expect(result.errors).toBeUndefined();
  expect(result.data!.tracks.edges).toHaveLength(first);
  return tdb.database.queryCount() - before;
}

describe('nested queries', () => {
  it('take a constant number of SQL statements whatever the page size (no N+1)', async () => {
    const small = await queriesFor(2);
    const large = await queriesFor(50);
    // The page with its credits and tags (one statement: track-listing.ts), then licences.
    expect(small).toBe(2);
    expect(large).toBe(small);
  });

  it('read a catalog page with its artists and tags in one statement', async () => {
    const query = `query ($first: Int) {
      tracks(first: $first) { edges { node { title artists { name } tags { name } tagWeights { weight } } } }
    }`;
    expect(await queriesFor(20, query)).toBe(1);
  });

  it('batch the features and embedding states of a page too', async () => {
    const small = await queriesFor(2, MEDIA);
    const large = await queriesFor(50, MEDIA);
    // tracks (+ count), features, then serving versions and embedding rows.
    expect(small).toBeLessThanOrEqual(5);
    expect(large).toBe(small);
  });
});
