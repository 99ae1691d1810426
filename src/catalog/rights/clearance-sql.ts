import { Prisma } from '../../generated/prisma/client.js';
import type { LicenceUse } from '../licence-use.js';
import type { CampaignUse } from './campaign.js';

/**
 * The condition "track `trackId` is cleared for `use`": in every territory, the master side and
 * the publishing side each have a term that allows the usage over the whole period
 * (docs/rights.md). A BOTH term sits on both sides, so one BOTH term clears a track alone, as a
 * term did before sides existed. No restriction may apply in the territory during the period
 * (restrictions beat grants). A single-day use is the period [at, at].
 *
 * One EXISTS per territory and side (and a NOT EXISTS, an anti-join, per territory) rather than one function call per row: the planner runs each
 * as a semi-join, an indexed nested loop on licence_term(track_id) above the ordered HNSW scan,
 * so the check stays deferred to the best candidates and iterative scans keep the page full. The
 * per-term rule is the one SQL function vmr_licence_allows_period (over vmr_licence_allows, with
 * the usage tree inside it); licenceCheck reads the same function.
 */
export function clearanceSql(trackId: Prisma.Sql, use: LicenceUse | CampaignUse): Prisma.Sql {
  const campaign = 'territories' in use ? use : fromLicenceUse(use);
  const checks = campaign.territories.flatMap((territory) => {
    const allows = Prisma.sql`vmr_licence_allows_period(lt, ${territory}, ${campaign.usage}::"LicenceUsage", ${campaign.from}::date, ${campaign.until}::date, ${campaign.maxPriceTier ?? null}::int, ${campaign.contentIdSafe ?? null}::boolean)`;
    return [
      Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'PUBLISHING' AND ${allows})`,
      Prisma.sql`EXISTS (SELECT 1 FROM "licence_term" lt WHERE lt."track_id" = ${trackId} AND lt."side" <> 'MASTER' AND ${allows})`,
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "licence_restriction" lr WHERE lr."track_id" = ${trackId}
        AND vmr_restriction_applies(lr, ${territory}, ${campaign.usage}::"LicenceUsage", ${campaign.from}::date, ${campaign.until}::date))`,
    ];
  });
  return Prisma.join(checks, ' AND ');
}

function fromLicenceUse(use: LicenceUse): CampaignUse {
  return {
    territories: [use.territory],
    usage: use.usage as CampaignUse['usage'],
    from: use.at,
    until: use.at,
    maxPriceTier: use.maxPriceTier ?? null,
    contentIdSafe: use.contentIdSafe ?? null,
  };
}
