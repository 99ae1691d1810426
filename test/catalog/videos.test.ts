import { seedDemoCatalogIfEmpty, DEMO_VIDEOS } from '../../src/catalog/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTestApi, type GraphQLResult, type TestApi } from '../support/graphql.js';

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

type Page = {
  videos: {
    edges: Array<{ node: { id: string; title: string; pairedTracks: Array<{ title: string }> } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
};

describe('videos', () => {
  it('walks every reference video once, with its text cues and paired tracks', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const r: GraphQLResult<Page> = await api.run<Page>(
        'query ($after: String) { videos(first: 10, after: $after) { edges { node { id title onScreenText captions pairedTracks { title } } } pageInfo { hasNextPage endCursor } totalCount } }',
        { after },
      );
      expect(r.errors).toBeUndefined();
      const page = r.data!.videos;
      expect(page.totalCount).toBe(DEMO_VIDEOS);
      for (const edge of page.edges) expect(edge.node.pairedTracks.length).toBeLessThanOrEqual(1);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(DEMO_VIDEOS);
    expect(new Set(seen).size).toBe(DEMO_VIDEOS);
  });
});
