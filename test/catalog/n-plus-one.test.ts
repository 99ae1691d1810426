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

async function queriesFor(first: number): Promise<number> {
  const before = tdb.database.queryCount();
  const result = await api.run<{ tracks: { edges: unknown[] } }>(NESTED, { first });
  expect(result.errors).toBeUndefined();
  expect(result.data!.tracks.edges).toHaveLength(first);
  return tdb.database.queryCount() - before;
}

describe('nested queries', () => {
  it('take a constant number of SQL statements whatever the page size (no N+1)', async () => {
    const small = await queriesFor(2);
    const large = await queriesFor(50);
    // tracks, credits + artists, tag weights + tags, licences.
    expect(small).toBeLessThanOrEqual(6);
    expect(large).toBe(small);
  });
});
