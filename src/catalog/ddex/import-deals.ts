import type { Track } from '../../generated/prisma/client.js';
import type { RightsSide } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { asActor } from '../audit/actor.js';
import { parseDdexDeals } from './parse-deals.js';

export interface DdexImportReport {
  releases: string[];
  tracks: Track[];
  grantsCreated: number;
  grantsReplaced: number;
  takenDown: Track[];
  restored: Track[];
  unknownIsrcs: string[];
  ignoredUseTypes: string[];
}

export interface DdexImportOptions {
  /** The side the deals clear (BOTH: a one-stop catalog, whose sender holds both). */
  side?: RightsSide;
  /** The API key making the import (null: the CLI). */
  keyId?: string | null;
  /** "Today" for takedowns (tests pin it). */
  today?: Date;
}

/**
 * Imports a NewReleaseMessage's deals with the DDEX replace-all rule: for every release in the
 * message, its earlier DDEX grants are deleted and its deals in this message written, so a deal
 * left out of a new message is withdrawn. Then each track of those releases that has no grant
 * valid today or later (from any source) is taken down, since a takedown is the absence of a
 * valid deal, and a track that an earlier DDEX import took down and that now has one is restored.
 * One transaction: a message that fails validation writes nothing. The audit log records every
 * grant and status change with source "ddex".
 */
export async function importDdexDeals(
  db: Db,
  xml: string,
  options: DdexImportOptions = {},
): Promise<DdexImportReport> {
  const message = parseDdexDeals(xml);
  const side = options.side ?? 'BOTH';
  const today = options.today ?? new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  const allIsrcs = [...new Set(message.releases.flatMap((r) => r.isrcs))];
  return db.$transaction(
    async (tx) => {
      await asActor(tx, { keyId: options.keyId ?? null, source: 'ddex' });
      const tracks = await tx.track.findMany({ where: { isrc: { in: allIsrcs } } });
      const byIsrc = new Map(tracks.map((t) => [t.isrc, t]));
      let grantsCreated = 0;
      let grantsReplaced = 0;
      for (const release of message.releases) {
        const { count } = await tx.licenceTerm.deleteMany({
          where: { source: 'ddex', ddexRelease: release.key },
        });
        grantsReplaced += count;
        const data = release.isrcs.flatMap((isrc) => {
          const track = byIsrc.get(isrc);
          if (!track) return [];
          return release.deals.map((d) => ({
            trackId: track.id,
            side,
            rightsHolder: message.sender,
            usages: d.usages,
            worldwide: d.worldwide,
            territoriesAllow: d.territoriesAllow,
            territoriesDeny: d.territoriesDeny,
            validFrom: d.validFrom,
            validUntil: d.validUntil,
            priceTier: d.priceTier,
            contentIdRegistered: d.contentIdRegistered,
            commercialModels: d.commercialModels,
            source: 'ddex',
            ddexRelease: release.key,
          }));
        });
        // A UseForIdentification-only deal registers Content ID on the release's grants.
        const usable = data.filter((g) => g.usages.length > 0);
        const contentId = data.some((g) => g.usages.length === 0 && g.contentIdRegistered);
        if (contentId) usable.forEach((g) => (g.contentIdRegistered = true));
        if (usable.length) await tx.licenceTerm.createMany({ data: usable });
        grantsCreated += usable.length;
      }
      const trackIds = tracks.map((t) => t.id);
      const current = await tx.licenceTerm.findMany({
        where: { trackId: { in: trackIds }, OR: [{ validUntil: null }, { validUntil: { gte: today } }] },
        select: { trackId: true },
        distinct: ['trackId'],
      });
      const withDeal = new Set(current.map((c) => c.trackId));
      const toTakeDown = tracks.filter((t) => !withDeal.has(t.id) && t.status !== 'TAKEN_DOWN');
      // The latest takedown of each track, and who made it: only a DDEX takedown is undone here.
      const lastTakedowns = await tx.$queryRaw<Array<{ track_id: string; source: string | null }>>`
        SELECT DISTINCT ON (a."track_id") a."track_id"::text, a."source"
        FROM "audit_log" a
        WHERE a."track_id" = ANY(${trackIds}::uuid[]) AND a."entity" = 'TRACK' AND a."action" = 'UPDATE'
          AND a."after"->>'status' = 'TAKEN_DOWN' AND a."before"->>'status' <> 'TAKEN_DOWN'
        ORDER BY a."track_id", a."id" DESC`;
      const ddexDown = new Set(lastTakedowns.filter((r) => r.source === 'ddex').map((r) => r.track_id));
      const toRestore = tracks.filter(
        (t) => withDeal.has(t.id) && t.status === 'TAKEN_DOWN' && ddexDown.has(t.id),
      );
      if (toTakeDown.length)
        await tx.track.updateMany({
          where: { id: { in: toTakeDown.map((t) => t.id) } },
          data: { status: 'TAKEN_DOWN' },
        });
      if (toRestore.length)
        await tx.track.updateMany({
          where: { id: { in: toRestore.map((t) => t.id) } },
          data: { status: 'ACTIVE' },
        });
      const fresh = await tx.track.findMany({ where: { id: { in: trackIds } }, orderBy: { isrc: 'asc' } });
      const pick = (list: Track[]) => fresh.filter((t) => list.some((x) => x.id === t.id));
      return {
        releases: message.releases.map((r) => r.key),
        tracks: fresh,
        grantsCreated,
        grantsReplaced,
        takenDown: pick(toTakeDown),
        restored: pick(toRestore),
        unknownIsrcs: allIsrcs.filter((i) => !byIsrc.has(i)).sort(),
        ignoredUseTypes: message.ignoredUseTypes,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
