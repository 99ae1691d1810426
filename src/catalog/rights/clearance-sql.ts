import { Prisma } from '../../generated/prisma/client.js';
import type { CampaignUse } from './campaign.js';

/** vmr_grant_allows(grant, territory, ...) for `use` in `territory` (migration 20261202040000). */
export function grantAllowsSql(
  grant: Prisma.Sql,
  territory: string | Prisma.Sql,
  use: CampaignUse,
): Prisma.Sql {
  const t = typeof territory === 'string' ? Prisma.sql`${territory}` : territory;
  return Prisma.sql`vmr_grant_allows(${grant}, ${t}, ${use.usage}::"LicenceUsage", ${use.from}::date, ${use.until}::date, ${use.maxPriceTier}::int, ${use.contentIdSafe}::boolean, ${use.exclusiveOnly}::boolean)`;
}

/**
 * The one definition of "track `trackId` is cleared for `use`" (docs/rights.md). Every reader of
 * the rule builds on it: the tracks listing, every search and its facets, the explanation's
 * qualifying grant, and licenceCheck's `available`. In every territory:
 *
 * 1. each side (MASTER, PUBLISHING) has a grant on it (or on BOTH) that allows the usage over the
 *    whole period (vmr_grant_allows, with the usage tree inside);
 * 2. the share rule: on a side with holdings, the holders whose own grants allow the use together
 *    hold 100% of the side (a side without holdings is cleared by any grant, step 1, as every
 *    term made before parties was);
 * 3. no restriction applies (restrictions beat grants);
 * 4. with `rightsHolder`, a grant of that holder allows the use.
 *
 * Steps 1 and 3 are one EXISTS per territory and side and one NOT EXISTS, which the planner runs
 * as semi- and anti-joins: an indexed nested loop on licence_term(track_id) above the ordered HNSW
 * scan, so the check stays deferred to the best candidates. Step 2 is one correlated probe of
 * rights_holding(track_id, ...) per territory; where a track has no holdings it finds nothing at
 * once, and while no track at all has holdings (an uncorrelated EXISTS, run once) it is
 * skipped. GROUP BY side yields no group for a side without holdings, so NOT EXISTS holds there
 * and the HAVING (consenting shares below 100%) only judges sides that have holders.
 */
export function clearanceSql(trackId: Prisma.Sql, use: CampaignUse): Prisma.Sql {
  const checks = use.territories.flatMap((territory) => {
    const allows = grantAllowsSql(Prisma.sql`lt`, territory, use);
    const holderAllows = grantAllowsSql(Prisma.sql`hg`, territory, use);
    const parts = [
      Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'PUBLISHING' AND ${allows})`,
      Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'MASTER' AND ${allows})`,
      // The uncorrelated EXISTS is an InitPlan, run once per statement: while no track has
      // holdings, the OR stops there and no row pays for the share probe.
      Prisma.sql`(NOT EXISTS (SELECT 1 FROM "rights_holding") OR NOT EXISTS (SELECT 1 FROM "rights_holding" h WHERE h."track_id" = ${trackId} GROUP BY h."side"
        HAVING COALESCE(sum(h."share") FILTER (WHERE EXISTS (SELECT 1 FROM "licence_term" hg
          WHERE hg."track_id" = ${trackId} AND hg."party_id" = h."party_id" AND hg."side" IN (h."side", 'BOTH') AND ${holderAllows})), 0) < 100))`,
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "licence_restriction" lr WHERE lr."track_id" = ${trackId}
        AND vmr_restriction_applies(lr, ${territory}, ${use.usage}::"LicenceUsage", ${use.from}::date, ${use.until}::date))`,
    ];
    if (use.rightsHolder != null) {
      parts.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lower(lt."rights_holder") = lower(${use.rightsHolder}) AND ${allows})`,
      );
    }
    return parts;
  });
  return Prisma.join(checks, ' AND ');
}
