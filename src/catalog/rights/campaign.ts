import type { LicenceUsage } from '../../generated/prisma/enums.js';
import { badInput } from '../../errors.js';
import { PRICE_TIERS } from '../licences.js';
import { normalizeTerritories } from '../validation.js';

export interface LicenceCheckInput {
  territories: readonly string[];
  usage: LicenceUsage;
  /** Inclusive; default today (UTC) to today. */
  period?: { from: Date; until: Date } | null;
  maxPriceTier?: number | null;
  contentIdSafe?: boolean | null;
  /** Only exclusive grants count towards clearance. */
  exclusiveOnly?: boolean | null;
  /** The track must have a grant from this rights holder that allows the use in every territory. */
  rightsHolder?: string | null;
}

/** A validated campaign: every territory must clear, over the whole inclusive period. */
export interface CampaignUse {
  territories: string[];
  usage: LicenceUsage;
  from: Date;
  until: Date;
  maxPriceTier: number | null;
  contentIdSafe: boolean | null;
  exclusiveOnly: boolean | null;
  rightsHolder: string | null;
}

/** A date as YYYY-MM-DD (dates are whole UTC days here). */
export const day = (d: Date) => d.toISOString().slice(0, 10);

function rightsHolder(name: string | null | undefined, field: string): string | null {
  if (name == null) return null;
  const trimmed = name.trim();
  if (trimmed === '') throw badInput(`${field} must not be empty`, field);
  return trimmed;
}

/** Validates a campaign: territories (at least one), period (until not before from), tier. */
export function validateCampaign(input: LicenceCheckInput, prefix = ''): CampaignUse {
  if (input.territories.length === 0)
    throw badInput(`${prefix}territories must list at least one territory`, `${prefix}territories`);
  const territories = normalizeTerritories(input.territories, `${prefix}territories`);
  const today = new Date(`${day(new Date())}T00:00:00.000Z`);
  const from = input.period?.from ?? today;
  const until = input.period?.until ?? from;
  if (until < from) {
    throw badInput(
      `${prefix}period.until (${day(until)}) must not be before period.from (${day(from)})`,
      `${prefix}period.until`,
    );
  }
  const tier = input.maxPriceTier ?? null;
  if (tier != null && (!Number.isInteger(tier) || tier < PRICE_TIERS.min || tier > PRICE_TIERS.max)) {
    throw badInput(
      `${prefix}maxPriceTier must be an integer from ${PRICE_TIERS.min} to ${PRICE_TIERS.max}, got ${tier}`,
      `${prefix}maxPriceTier`,
    );
  }
  return {
    territories,
    usage: input.usage,
    from,
    until,
    maxPriceTier: tier,
    contentIdSafe: input.contentIdSafe ?? null,
    exclusiveOnly: input.exclusiveOnly ?? null,
    rightsHolder: rightsHolder(input.rightsHolder, `${prefix}rightsHolder`),
  };
}
