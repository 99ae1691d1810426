import { Prisma } from '../../generated/prisma/client.js';
import type { LicenceUse } from '../licence-use.js';

/**
 * The condition "track `trackId` is cleared for `use`": the master side and the publishing side
 * each have a term that allows the use (docs/rights.md). A BOTH term sits on both sides, so one
 * BOTH term clears a track alone, as a term did before sides existed.
 *
 * One EXISTS per side rather than one function call per row: the planner runs each as a
 * semi-join, an indexed nested loop on licence_term(track_id) above the ordered HNSW scan, so
 * the check stays deferred to the best candidates and iterative scans keep the page full. The
 * per-term rule is the one SQL function vmr_licence_allows (with the usage tree inside it).
 */
export function clearanceSql(trackId: Prisma.Sql, use: LicenceUse): Prisma.Sql {
  const allows = Prisma.sql`vmr_licence_allows(lt, ${use.territory}, ${use.usage}::"LicenceUsage", ${use.at}::date, ${use.maxPriceTier ?? null}::int, ${use.contentIdSafe ?? null}::boolean)`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'PUBLISHING' AND ${allows})
    AND EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'MASTER' AND ${allows})`;
}
