import type { RightsSide } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { day, type CampaignUse } from './campaign.js';

/** The reason codes of licenceCheck (docs/rights.md lists them with their meaning). */
export type LicenceReasonCode =
  | 'CLEARED_BY'
  | 'NO_TERM'
  | 'USAGE_NOT_GRANTED'
  | 'TERRITORY_NOT_COVERED'
  | 'TERRITORY_EXCLUDED'
  | 'OUTSIDE_WINDOW'
  | 'PRICE_TIER_TOO_HIGH'
  | 'CONTENT_ID_REGISTERED'
  | 'RESTRICTED';

export interface LicenceReason {
  side: Exclude<RightsSide, 'BOTH'>;
  code: LicenceReasonCode;
  territory: string;
  /** The term the reason is about (null for NO_TERM and RESTRICTED). */
  termId: string | null;
  message: string;
}

export interface LicenceCheck {
  available: boolean;
  reasons: LicenceReason[];
}

interface RestrictionRow {
  id: string;
  side: RightsSide;
  reason: string;
  territory: string;
}

interface TermRow {
  id: string;
  side: RightsSide;
  rights_holder: string;
  territory: string;
  allows: boolean;
  usage_ok: boolean;
  excluded: boolean;
  included: boolean;
  window_ok: boolean;
  tier_ok: boolean;
  content_id_ok: boolean;
  valid_from: Date | null;
  valid_until: Date | null;
  price_tier: number;
}

/**
 * Is the track cleared for the campaign, and why (or why not)? Availability comes from the one
 * SQL rule (vmr_licence_allows_period, per side as in clearanceSql); the per-criterion columns
 * only explain a term that does not allow the use, so the answer cannot drift from search.
 * Reasons: per territory and side, the terms that clear it (CLEARED_BY); where none does, each
 * term on that side with each criterion it fails, or NO_TERM; and every restriction that applies
 * (RESTRICTED), which makes the track unavailable whatever its terms clear.
 */
export async function checkLicence(
  db: Db,
  trackId: string,
  use: CampaignUse,
  termGlobalId: (id: string) => string = (id) => id,
): Promise<LicenceCheck> {
  const rows = await db.$queryRaw<TermRow[]>`
    SELECT l."id"::text, l."side"::text AS side, l."rights_holder", tr AS territory,
           vmr_licence_allows_period(l, tr, ${use.usage}::"LicenceUsage", ${use.from}::date, ${use.until}::date, ${use.maxPriceTier}::int, ${use.contentIdSafe}::boolean) AS allows,
           l."usages" && vmr_usage_ancestors(${use.usage}::"LicenceUsage") AS usage_ok,
           tr = ANY (COALESCE(l."territories_deny", '{}')) AS excluded,
           l."worldwide" OR tr = ANY (COALESCE(l."territories_allow", '{}')) AS included,
           (l."valid_from" IS NULL OR l."valid_from" <= ${use.from}::date)
             AND (l."valid_until" IS NULL OR l."valid_until" >= ${use.until}::date) AS window_ok,
           (${use.maxPriceTier}::int IS NULL OR l."price_tier" <= ${use.maxPriceTier}::int) AS tier_ok,
           (${use.contentIdSafe}::boolean IS NOT TRUE OR NOT l."content_id_registered") AS content_id_ok,
           l."valid_from", l."valid_until", l."price_tier"
    FROM "licence_term" l CROSS JOIN unnest(${use.territories}::text[]) tr
    WHERE l."track_id" = ${trackId}::uuid
    ORDER BY l."price_tier", l."created_at", l."id"`;
  const restrictions = await db.$queryRaw<RestrictionRow[]>`
    SELECT r."id"::text, r."side"::text AS side, r."reason", tr AS territory
    FROM "licence_restriction" r CROSS JOIN unnest(${use.territories}::text[]) tr
    WHERE r."track_id" = ${trackId}::uuid
      AND vmr_restriction_applies(r, tr, ${use.usage}::"LicenceUsage", ${use.from}::date, ${use.until}::date)
    ORDER BY r."created_at", r."id"`;
  const reasons: LicenceReason[] = [];
  let available = restrictions.length === 0;
  for (const territory of use.territories) {
    for (const side of ['MASTER', 'PUBLISHING'] as const) {
      const terms = rows.filter((r) => r.territory === territory && (r.side === side || r.side === 'BOTH'));
      const clearing = terms.filter((r) => r.allows);
      const where = `${side} side, ${territory}, ${use.usage}, ${day(use.from)} to ${day(use.until)}`;
      for (const r of restrictions.filter(
        (x) => x.territory === territory && (x.side === side || x.side === 'BOTH'),
      )) {
        reasons.push({
          side,
          code: 'RESTRICTED',
          territory,
          termId: null,
          message: `${where}: restriction ${r.id} applies (${r.reason})`,
        });
      }
      if (clearing.length) {
        for (const t of clearing) {
          reasons.push({
            side,
            code: 'CLEARED_BY',
            territory,
            termId: t.id,
            message: `${where}: cleared by term ${termGlobalId(t.id)} (${t.rights_holder}, ${t.side})`,
          });
        }
        continue;
      }
      available = false;
      if (terms.length === 0) {
        reasons.push({
          side,
          code: 'NO_TERM',
          territory,
          termId: null,
          message: `${where}: no term on this side`,
        });
        continue;
      }
      for (const t of terms) {
        const term = `term ${termGlobalId(t.id)} (${t.rights_holder}, ${t.side})`;
        const failed = failures(t, use);
        if (failed.length === 0)
          throw new Error(`invariant: ${term} fails vmr_licence_allows_period on no criterion`);
        for (const [code, what] of failed)
          reasons.push({ side, code, territory, termId: t.id, message: `${where}: ${term} ${what}` });
      }
    }
  }
  return { available, reasons };
}

function failures(t: TermRow, use: CampaignUse): Array<[LicenceReasonCode, string]> {
  const out: Array<[LicenceReasonCode, string]> = [];
  if (!t.usage_ok) out.push(['USAGE_NOT_GRANTED', `does not grant ${use.usage} or a usage above it`]);
  if (t.excluded) out.push(['TERRITORY_EXCLUDED', `excludes ${t.territory}`]);
  else if (!t.included) out.push(['TERRITORY_NOT_COVERED', `does not cover ${t.territory}`]);
  if (!t.window_ok) {
    const window = `${t.valid_from ? day(t.valid_from) : 'open'} to ${t.valid_until ? day(t.valid_until) : 'open'}`;
    out.push(['OUTSIDE_WINDOW', `is valid ${window}, not the whole period`]);
  }
  if (!t.tier_ok)
    out.push(['PRICE_TIER_TOO_HIGH', `is price tier ${t.price_tier}, above ${use.maxPriceTier}`]);
  if (!t.content_id_ok) out.push(['CONTENT_ID_REGISTERED', 'is registered with Content ID']);
  return out;
}
