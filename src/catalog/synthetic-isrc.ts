import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Deterministic ISRCs for imported tracks that ship none (a vmr-dataset/1 track, a YouTube-8M
 * music video). `ZZ` stands where the country code would be: no national ISRC agency issues
 * it, so it marks the code as made up by an import. The 10 characters after it keep ISRC
 * syntax (3 uppercase alphanumerics, 7 digits) so the catalog's validator accepts them, and come
 * from sha256 of `key`; `attempt` > 0 rehashes after a clash with a code another track holds.
 */
export function syntheticIsrc(key: string, attempt = 0): string {
  const digest = createHash('sha256')
    .update(attempt === 0 ? key : `${key}#${attempt}`)
    .digest();
  const registrant = (digest.readUInt32BE(0) % 36 ** 3).toString(36).toUpperCase().padStart(3, '0');
  const designation = String(digest.readUInt32BE(4) % 10 ** 7).padStart(7, '0');
  return `ZZ${registrant}${designation}`;
}

/**
 * ISRCs for new tracks: the `given` one where there is one, else a synthetic code from
 * `keyOf(id)`, rehashed past any that another track (or this batch) already holds. The stored
 * code never changes afterwards: re-imports find their tracks by external id.
 */
export async function assignSyntheticIsrcs(
  tx: Prisma.TransactionClient,
  ids: readonly string[],
  keyOf: (id: string) => string,
  given: ReadonlyMap<string, string> = new Map(),
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    const isrc = given.get(id);
    if (isrc === undefined) continue;
    if (taken.has(isrc)) throw new RangeError(`ISRC ${isrc} is given to more than one track (${id})`);
    taken.add(isrc);
    out.set(id, isrc);
  }
  let pending = ids.filter((id) => !out.has(id)).map((id) => ({ id, attempt: 0 }));
  while (pending.length) {
    const candidates = pending.map((p) => ({ ...p, isrc: syntheticIsrc(keyOf(p.id), p.attempt) }));
    const clashes = new Set(
      (
        await tx.track.findMany({
          where: { isrc: { in: candidates.map((c) => c.isrc) } },
          select: { isrc: true },
        })
      ).map((t) => t.isrc),
    );
    pending = [];
    for (const c of candidates) {
      if (clashes.has(c.isrc) || taken.has(c.isrc)) pending.push({ id: c.id, attempt: c.attempt + 1 });
      else {
        taken.add(c.isrc);
        out.set(c.id, c.isrc);
      }
    }
  }
  return out;
}
