import { Prisma } from '../../src/generated/prisma/client.js';
import { countEmbeddings, embeddingsOf } from '../../src/db/vectors.js';
import { EmbedderPool } from '../../src/models/embedders.js';
import { embedMissingTracks, type BackfillProgress } from '../../src/search/backfill.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MODELS_DIR, seedSearchCatalog } from '../support/search-catalog.js';

// The backfill behind `npm run embed`, the training job and first start: what it writes, in
// which physical order, and how it resumes.

let tdb: TestDatabase;
let embedders: EmbedderPool;
let version: { id: string; path: string };

beforeAll(async () => {
  tdb = await createTestDatabase();
  embedders = new EmbedderPool(MODELS_DIR);
  version = await seedSearchCatalog(tdb.database, embedders);
}, 120_000);
afterAll(async () => {
  await embedders.closeAll();
  await tdb.drop();
});

/** The version's rows in heap order, with the write-order key of each. */
async function heapOrder() {
  return tdb.database.prisma.$queryRaw<Array<{ trackId: string; outOfOrder: boolean; key: string[] }>>(
    Prisma.sql`SELECT track_id::text AS "trackId", key,
        (key, track_id) < (lag(key) OVER w, lag(track_id) OVER w) AS "outOfOrder"
      FROM (SELECT track_id, vmr_embedding_write_order(track_id) AS key, ctid FROM track_embedding
            WHERE model_version_id = ${version.id}::uuid) r
      WINDOW w AS (ORDER BY ctid) ORDER BY ctid`,
  );
}

describe('embedMissingTracks', () => {
  it('wrote the version genre by genre, not in track-id order', async () => {
    const rows = await heapOrder();
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((r) => r.outOfOrder)).toEqual([]);
    // Several genre runs, and an order that id order would not give.
    expect(new Set(rows.map((r) => r.key.join('|'))).size).toBeGreaterThan(3);
    const ids = rows.map((r) => r.trackId);
    expect(ids).not.toEqual([...ids].sort());
  });

  it('resumes: embeds only the missing tracks, in small batches with progress, the same vectors again', async () => {
    const prisma = tdb.database.prisma;
    const all = await countEmbeddings(prisma, version.id);
    const victims = (await heapOrder()).filter((_, i) => i % 4 === 1).map((r) => r.trackId);
    const before = await embeddingsOf(prisma, version.id, victims);
    await prisma.$executeRaw`DELETE FROM track_embedding WHERE model_version_id = ${version.id}::uuid AND track_id = ANY(${victims}::uuid[])`;

    const progress: BackfillProgress[] = [];
    const embedded = await embedMissingTracks(prisma, embedders, version, {
      batch: 7,
      onProgress: (p) => progress.push(p),
    });
    expect(embedded).toBe(victims.length);
    expect(progress.length).toBe(Math.ceil(victims.length / 7));
    expect(progress.at(-1)).toEqual({ embedded: victims.length, total: victims.length });
    expect(await countEmbeddings(prisma, version.id)).toBe(all);
    const after = await embeddingsOf(prisma, version.id, victims);
    for (const id of victims) {
      const [a, b] = [before.get(id)!, after.get(id)!];
      for (let d = 0; d < a.length; d += 1) expect(b[d]).toBeCloseTo(a[d], 2);
    }
    // Nothing left: a second run writes nothing.
    expect(await embedMissingTracks(prisma, embedders, version)).toBe(0);
  });

  it('stops between batches when aborted, keeping what it wrote', async () => {
    const prisma = tdb.database.prisma;
    const victims = (await heapOrder()).slice(0, 20).map((r) => r.trackId);
    await prisma.$executeRaw`DELETE FROM track_embedding WHERE model_version_id = ${version.id}::uuid AND track_id = ANY(${victims}::uuid[])`;
    const controller = new AbortController();
    await expect(
      embedMissingTracks(prisma, embedders, version, {
        batch: 5,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.embedded >= 10) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect((await embeddingsOf(prisma, version.id, victims)).size).toBe(10);
    expect(await embedMissingTracks(prisma, embedders, version)).toBe(10);
  });
});
