import type { RightsHolding, RightsParty } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { badInput, clientError, ErrorCode, notFound } from '../../errors.js';
import { nonEmpty } from '../validation.js';
import { asActor, type Actor } from '../audit/actor.js';

export interface HoldingInput {
  /** Database id of a RightsParty. */
  partyId: string;
  /** Percent of the side, more than 0, at most 100, two decimals. */
  share: number;
}

export async function createRightsParty(db: Db, name: string, actor?: Actor): Promise<RightsParty> {
  const clean = nonEmpty(name, 'input.name', 200);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    if (await tx.rightsParty.findUnique({ where: { name: clean } })) {
      throw clientError(ErrorCode.CONFLICT, `A rights party named ${JSON.stringify(clean)} exists`, {
        field: 'input.name',
      });
    }
    return tx.rightsParty.create({ data: { name: clean } });
  });
}

/** Shares are compared in hundredths of a percent, so 33.33 + 33.33 + 33.34 is exactly 100. */
const hundredths = (share: number) => Math.round(share * 100);

/**
 * Replaces who holds one side of a track (the share rule: docs/rights.md). All or nothing: a
 * share outside (0, 100], more than two decimals, a party named twice or unknown, or shares that
 * sum past 100% refuse the call with the field named. Shares below 100% are allowed (a holder may
 * be still unknown), but such a side clears nothing until they reach 100%.
 */
export async function setRightsHoldings(
  db: Db,
  trackId: string,
  side: 'MASTER' | 'PUBLISHING',
  holdings: readonly HoldingInput[],
  actor?: Actor,
): Promise<RightsHolding[]> {
  let total = 0;
  holdings.forEach((h, i) => {
    const field = `holdings[${i}].share`;
    if (!Number.isFinite(h.share) || h.share <= 0 || h.share > 100)
      throw badInput(`${field} must be more than 0 and at most 100, got ${h.share}`, field);
    if (Math.abs(h.share * 100 - hundredths(h.share)) > 1e-6)
      throw badInput(`${field} has more than two decimals: ${h.share}`, field);
    if (holdings.findIndex((o) => o.partyId === h.partyId) !== i)
      throw badInput(`holdings[${i}].partyId names a party already listed`, `holdings[${i}].partyId`);
    total += hundredths(h.share);
  });
  if (total > 100 * 100) throw badInput(`holdings shares sum to ${total / 100}%, more than 100%`, 'holdings');
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const track = await tx.track.findUnique({ where: { id: trackId }, select: { id: true } });
    if (!track) throw notFound('Track', trackId);
    const parties = await tx.rightsParty.findMany({
      where: { id: { in: holdings.map((h) => h.partyId) } },
      select: { id: true },
    });
    const known = new Set(parties.map((p) => p.id));
    holdings.forEach((h, i) => {
      if (!known.has(h.partyId))
        throw badInput(
          `holdings[${i}].partyId names an unknown party: ${h.partyId}`,
          `holdings[${i}].partyId`,
        );
    });
    await tx.rightsHolding.deleteMany({ where: { trackId, side } });
    await tx.rightsHolding.createMany({
      data: holdings.map((h) => ({ trackId, side, partyId: h.partyId, share: hundredths(h.share) / 100 })),
    });
    return tx.rightsHolding.findMany({
      where: { trackId, side },
      orderBy: [{ share: 'desc' }, { id: 'asc' }],
    });
  });
}
