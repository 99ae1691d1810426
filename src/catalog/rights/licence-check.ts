import { Prisma } from '../../generated/prisma/client.js';
import type { RightsSide } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { day, type CampaignUse } from './campaign.js';
import { clearanceSql, grantAllowsSql } from './clearance-sql.js';

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
  | 'NOT_EXCLUSIVE'
  | 'SHARES_NOT_COVERED'
  | 'RESTRICTED';

export interface LicenceReason {
  side: Exclude<RightsSide, 'BOTH'>;
  code: LicenceReasonCode;
  territory: string;
  /** The term the reason is about (null for NO_TERM, SHARES_NOT_COVERED and RESTRICTED). */
  termId: string | null;
  /** The holder the reason is about, on a side with holdings. */
  partyId: string | null;
  /** The restriction that applies (RESTRICTED). */
  restrictionId: string | null;
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

interface HoldingRow {
  side: 'MASTER' | 'PUBLISHING';
  party_id: string;
  name: string;
  share: string;
}

interface TermRow {
  id: string;
  side: RightsSide;
  party_id: string | null;
  exclusive_ok: boolean;
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
    SELECT l."id"::text, l."side"::text AS side, l."rights_holder", tr AS territory, l."party_id"::text,
           ${grantAllowsSql(Prisma.sql`l`, Prisma.sql`tr`, use)} AS allows,
           (${use.exclusiveOnly}::boolean IS NOT TRUE OR l."exclusive") AS exclusive_ok,
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
  const holdings = await db.$queryRaw<HoldingRow[]>`
    SELECT h."side"::text AS side, h."party_id"::text, p."name", h."share"::text
    FROM "rights_holding" h JOIN "rights_party" p ON p."id" = h."party_id"
    WHERE h."track_id" = ${trackId}::uuid ORDER BY h."share" DESC, p."name"`;
  // Availability is the one rule itself; the reasons below only explain it.
  const [{ cleared }] = await db.$queryRaw<Array<{ cleared: boolean }>>`
    SELECT ${clearanceSql(Prisma.sql`${trackId}::uuid`, use)} AS cleared`;
  const reasons: LicenceReason[] = [];
  let available = restrictions.length === 0;
  const none = { termId: null, partyId: null, restrictionId: null };
  for (const territory of use.territories) {
    for (const side of ['MASTER', 'PUBLISHING'] as const) {
      const terms = rows.filter((r) => r.territory === territory && (r.side === side || r.side === 'BOTH'));
      const where = `${side} side, ${territory}, ${use.usage}, ${day(use.from)} to ${day(use.until)}`;
      for (const r of restrictions.filter(
        (x) => x.territory === territory && (x.side === side || x.side === 'BOTH'),
      )) {
        reasons.push({
          ...none,
          side,
          code: 'RESTRICTED',
          territory,
          restrictionId: r.id,
          message: `${where}: restriction ${r.id} applies (${r.reason})`,
        });
      }
      const label = (t: TermRow) => `term ${termGlobalId(t.id)} (${t.rights_holder}, ${t.side})`;
      const explain = (candidates: TermRow[], partyId: string | null) => {
        for (const t of candidates) {
          const failed = failures(t, use);
          if (failed.length === 0)
            throw new Error(`invariant: ${label(t)} fails vmr_grant_allows on no criterion`);
          for (const [code, what] of failed)
            reasons.push({
              ...none,
              side,
              code,
              territory,
              termId: t.id,
              partyId,
              message: `${where}: ${label(t)} ${what}`,
            });
        }
      };
      const holders = holdings.filter((h) => h.side === side);
      if (holders.length === 0) {
        const clearing = terms.filter((r) => r.allows);
        for (const t of clearing) {
          reasons.push({
            ...none,
            side,
            code: 'CLEARED_BY',
            territory,
            termId: t.id,
            message: `${where}: cleared by ${label(t)}`,
          });
        }
        if (clearing.length) continue;
        available = false;
        if (terms.length === 0) {
          reasons.push({
            ...none,
            side,
            code: 'NO_TERM',
            territory,
            message: `${where}: no term on this side`,
          });
        }
        explain(terms, null);
        continue;
      }
      // The share rule: the holders whose own grants allow the use must hold 100% of the side.
      let covered = 0;
      for (const h of holders) {
        const own = terms.filter((t) => t.party_id === h.party_id);
        const clearing = own.filter((t) => t.allows);
        const holder = `${h.name} (${Number(h.share)}%)`;
        if (clearing.length) covered += Math.round(Number(h.share) * 100);
        for (const t of clearing) {
          reasons.push({
            ...none,
            side,
            code: 'CLEARED_BY',
            territory,
            termId: t.id,
            partyId: h.party_id,
            message: `${where}: ${holder} cleared by ${label(t)}`,
          });
        }
        if (clearing.length) continue;
        if (own.length === 0) {
          reasons.push({
            ...none,
            side,
            code: 'NO_TERM',
            territory,
            partyId: h.party_id,
            message: `${where}: holder ${holder} has no grant on this side`,
          });
        }
        explain(own, h.party_id);
      }
      if (covered < 100 * 100) {
        available = false;
        reasons.push({
          ...none,
          side,
          code: 'SHARES_NOT_COVERED',
          territory,
          message: `${where}: the holders whose grants allow the use hold ${covered / 100}% of the side, not 100%`,
        });
      }
    }
  }
  if (available !== cleared) {
    throw new Error(`invariant: licenceCheck explains ${available} where clearanceSql answers ${cleared}`);
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
  if (!t.exclusive_ok) out.push(['NOT_EXCLUSIVE', 'is not exclusive']);
  return out;
}
