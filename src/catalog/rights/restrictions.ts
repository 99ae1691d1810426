import type { LicenceRestriction } from '../../generated/prisma/client.js';
import type { LicenceUsage, RightsSide } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { badInput, notFound } from '../../errors.js';
import { nonEmpty, normalizeTerritories } from '../validation.js';
import { asActor, type Actor } from '../audit/actor.js';

export interface RestrictionFields {
  side?: RightsSide | null;
  reason: string;
  /** Omitted or null: everywhere. An empty list is a mistake, not "nowhere". */
  territories?: readonly string[] | null;
  /** Omitted or null: every usage. */
  usages?: readonly LicenceUsage[] | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
}

/**
 * Validates a restriction. An explicit empty list is refused: "everywhere" and "every usage" are
 * said by leaving the field out, so a client that empties a list by accident does not bar a track
 * worldwide.
 */
export function toRestrictionColumns(input: RestrictionFields, prefix = 'input.') {
  const reason = nonEmpty(input.reason, `${prefix}reason`, 500);
  if (input.territories != null && input.territories.length === 0) {
    throw badInput(
      `${prefix}territories must list at least one territory (leave it out for everywhere)`,
      `${prefix}territories`,
    );
  }
  if (input.usages != null && input.usages.length === 0) {
    throw badInput(
      `${prefix}usages must list at least one usage (leave it out for every usage)`,
      `${prefix}usages`,
    );
  }
  const validFrom = input.validFrom ?? null;
  const validUntil = input.validUntil ?? null;
  if (validFrom && validUntil && validUntil < validFrom) {
    throw badInput(`${prefix}validUntil must not be before validFrom`, `${prefix}validUntil`);
  }
  return {
    side: input.side ?? 'BOTH',
    reason,
    territories: normalizeTerritories(input.territories ?? [], `${prefix}territories`),
    usages: [...new Set(input.usages ?? [])],
    validFrom,
    validUntil,
  };
}

export async function createRestriction(
  db: Db,
  trackId: string,
  input: RestrictionFields,
  actor?: Actor,
): Promise<LicenceRestriction> {
  const data = toRestrictionColumns(input);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const track = await tx.track.findUnique({ where: { id: trackId }, select: { id: true } });
    if (!track) throw notFound('Track', trackId);
    return tx.licenceRestriction.create({ data: { ...data, trackId } });
  });
}

export async function updateRestriction(
  db: Db,
  id: string,
  input: RestrictionFields,
  actor?: Actor,
): Promise<LicenceRestriction> {
  const data = toRestrictionColumns(input);
  return db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const { count } = await tx.licenceRestriction.updateMany({ where: { id }, data });
    if (count === 0) throw notFound('LicenceRestriction', id);
    return tx.licenceRestriction.findUniqueOrThrow({ where: { id } });
  });
}

export async function deleteRestriction(db: Db, id: string, actor?: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await asActor(tx, actor);
    const { count } = await tx.licenceRestriction.deleteMany({ where: { id } });
    if (count === 0) throw notFound('LicenceRestriction', id);
  });
}
