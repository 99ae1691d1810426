import type { LicenceTerm, Prisma } from '../generated/prisma/client.js';
import type { LicenceUsage, RightsSide } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { badInput, notFound } from '../errors.js';
import { nonEmpty, normalizeTerritories } from './validation.js';
import { asActor, type Actor } from './audit/actor.js';

export interface LicenceTermFields {
  rightsHolder: string;
  usages: LicenceUsage[];
  worldwide?: boolean | null;
  territoriesAllow?: string[] | null;
  territoriesDeny?: string[] | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  priceTier?: number | null;
  exclusive?: boolean | null;
  contentIdRegistered?: boolean | null;
  /** Which side the term clears. Omitted: BOTH on create, unchanged on update. */
  side?: RightsSide | null;
  /** The party giving the grant (database id). Omitted: unchanged; null: none. */
  partyId?: string | null;
}

export const PRICE_TIERS = { min: 1, max: 5 } as const;

/**
 * Validates a deal. Territories follow DDEX: worldwide (minus a deny list) or an allow list (minus
 * a deny list), never worldwide plus an allow list; a deal that covers nowhere is refused.
 */
export function toLicenceColumns(input: LicenceTermFields, prefix = 'input.') {
  const rightsHolder = nonEmpty(input.rightsHolder, `${prefix}rightsHolder`, 200);
  if (input.usages.length === 0)
    throw badInput(`${prefix}usages must list at least one usage`, `${prefix}usages`);
  const worldwide = input.worldwide ?? false;
  const territoriesAllow = normalizeTerritories(input.territoriesAllow ?? [], `${prefix}territoriesAllow`);
  const territoriesDeny = normalizeTerritories(input.territoriesDeny ?? [], `${prefix}territoriesDeny`);
  if (worldwide && territoriesAllow.length > 0) {
    throw badInput(
      `${prefix}territoriesAllow must be empty when worldwide is true (use territoriesDeny to carve out)`,
      `${prefix}territoriesAllow`,
    );
  }
  if (!worldwide && territoriesAllow.length === 0) {
    throw badInput(
      `${prefix}territoriesAllow must list at least one territory unless worldwide is true`,
      `${prefix}territoriesAllow`,
    );
  }
  const validFrom = input.validFrom ?? null;
  const validUntil = input.validUntil ?? null;
  if (validFrom && validUntil && validFrom > validUntil) {
    throw badInput(`${prefix}validFrom must not be after validUntil`, `${prefix}validFrom`);
  }
  const priceTier = input.priceTier ?? 1;
  if (!Number.isInteger(priceTier) || priceTier < PRICE_TIERS.min || priceTier > PRICE_TIERS.max) {
    throw badInput(
      `${prefix}priceTier must be an integer from ${PRICE_TIERS.min} to ${PRICE_TIERS.max}, got ${priceTier}`,
      `${prefix}priceTier`,
    );
  }
  return {
    rightsHolder,
    usages: [...new Set(input.usages)],
    worldwide,
    territoriesAllow,
    territoriesDeny,
    validFrom,
    validUntil,
    priceTier,
    exclusive: input.exclusive ?? false,
    contentIdRegistered: input.contentIdRegistered ?? false,
    ...(input.side != null ? { side: input.side } : {}),
  };
}

/**
 * The grant's party, when the input names one (the shorthand grant names none). A grant by a party
 * carries the party's name as its rightsHolder, so the two never disagree.
 */
async function partyColumns(tx: Prisma.TransactionClient, partyId: string | null | undefined) {
  if (partyId === undefined) return {};
  if (partyId === null) return { partyId: null };
  const party = await tx.rightsParty.findUnique({ where: { id: partyId } });
  if (!party) throw badInput(`input.partyId names an unknown party: ${partyId}`, 'input.partyId');
  return { partyId, rightsHolder: party.name };
}

export async function createLicenceTerm(
  db: Db,
  trackId: string,
  input: LicenceTermFields,
  actor?: Actor,
): Promise<LicenceTerm> {
  const data = toLicenceColumns(input);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const track = await tx.track.findUnique({ where: { id: trackId }, select: { id: true } });
    if (!track) throw notFound('Track', trackId);
    return tx.licenceTerm.create({ data: { ...data, ...(await partyColumns(tx, input.partyId)), trackId } });
  });
}

export async function updateLicenceTerm(
  db: Db,
  id: string,
  input: LicenceTermFields,
  actor?: Actor,
): Promise<LicenceTerm> {
  const data = toLicenceColumns(input);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const { count } = await tx.licenceTerm.updateMany({
      where: { id },
      data: { ...data, ...(await partyColumns(tx, input.partyId)) },
    });
    if (count === 0) throw notFound('LicenceTerm', id);
    return tx.licenceTerm.findUniqueOrThrow({ where: { id } });
  });
}

export async function deleteLicenceTerm(db: Db, id: string, actor?: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const { count } = await tx.licenceTerm.deleteMany({ where: { id } });
    if (count === 0) throw notFound('LicenceTerm', id);
  });
}
