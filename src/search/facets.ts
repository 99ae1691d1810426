import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { RangeBucket, SearchFacetsParent, TagFacetParent } from './search-result.js';

const DURATION_EDGES = [0, 30, 60, 120, 180, 300, 600];
const BPM_WIDTH = 20;

/**
 * Facet counts over every embedding row of the version that passes the filter (not only the
 * page). Each facet is one aggregate query, run only if the client asks for it.
 */
export function searchFacets(db: Db, versionId: string, where: Prisma.Sql): SearchFacetsParent {
  return facetsOver(
    db,
    Prisma.sql`FROM "track_embedding" e WHERE e."model_version_id" = ${versionId}::uuid ${where}`,
  );
}

/**
 * The same facets over every catalog track that passes the filter, embedded or not: the view
 * track_filter_row has the embedding row's filter columns, so `where` is the search filter's SQL.
 */
export function catalogFacets(db: Db, where: Prisma.Sql): SearchFacetsParent {
  return facetsOver(db, Prisma.sql`FROM "track_filter_row" e WHERE true ${where}`);
}

/** `base` is `FROM <rows> e WHERE <conditions>`, over rows with the filter columns. */
function facetsOver(db: Db, base: Prisma.Sql): SearchFacetsParent {
  return {
    async tags(category) {
      const rows = await db.$queryRaw<Array<{ tag_id: string; n: number }>>`
        SELECT t.tag_id::text, count(*)::int AS n FROM (SELECT unnest(e."tag_ids") AS tag_id ${base}) t GROUP BY t.tag_id ORDER BY n DESC, t.tag_id`;
      const tags = await db.tag.findMany({
        where: {
          id: { in: rows.map((r) => r.tag_id) },
          ...(category ? { category: category as never } : {}),
        },
      });
      const byId = new Map(tags.map((t) => [t.id, t]));
      return rows.flatMap((r): TagFacetParent[] =>
        byId.has(r.tag_id) ? [{ tag: byId.get(r.tag_id)!, count: r.n }] : [],
      );
    },
    async bpm() {
      const rows = await db.$queryRaw<Array<{ b: number; n: number }>>`
        SELECT floor(e."bpm" / ${BPM_WIDTH})::int AS b, count(*)::int AS n ${base} AND e."bpm" IS NOT NULL GROUP BY 1 ORDER BY 1`;
      return rows.map((r): RangeBucket => ({ min: r.b * BPM_WIDTH, max: (r.b + 1) * BPM_WIDTH, count: r.n }));
    },
    async durationSec() {
      const rows = await db.$queryRaw<Array<{ b: number; n: number }>>`
        SELECT width_bucket(e."duration_sec", ${DURATION_EDGES}::float8[]) AS b, count(*)::int AS n ${base} GROUP BY 1 ORDER BY 1`;
      return rows.map((r): RangeBucket => ({
        min: DURATION_EDGES[r.b - 1] ?? 0,
        max: DURATION_EDGES[r.b] ?? Number.MAX_SAFE_INTEGER,
        count: r.n,
      }));
    },
  };
}
