import type { Artist, Tag } from '../generated/prisma/client.js';
import type { ArtistRole, TagCategory } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';

/**
 * Credits and tags of any set of tracks, one statement each (the per-request loaders use them
 * for search results and single tracks; a catalog listing reads them with its page, in
 * track-listing.ts). Prisma's `include` sends two (the links, then the artists or tags by id).
 * Ordered as the API shows them: credits by position, tags by weight (heaviest first).
 */
export interface TrackCredit {
  trackId: string;
  artistId: string;
  role: ArtistRole;
  position: number;
  artist: Artist;
}

export interface TrackTagWeight {
  trackId: string;
  tagId: string;
  weight: number;
  tag: Tag;
}

/** A credit from its columns: the one shape both readers of credits build (here, track-listing.ts). */
export function trackCredit(
  trackId: string,
  artist: Artist,
  role: ArtistRole,
  position: number,
): TrackCredit {
  return { trackId, artistId: artist.id, role, position, artist };
}

/** A weighted tag from its columns (both readers of tags, as trackCredit). */
export function trackTagWeight(trackId: string, tag: Tag, weight: number): TrackTagWeight {
  return { trackId, tagId: tag.id, weight, tag };
}

export async function creditsOfTracks(db: Db, trackIds: readonly string[]): Promise<TrackCredit[]> {
  const rows = await db.$queryRaw<
    Array<{
      track_id: string;
      role: ArtistRole;
      position: number;
      id: string;
      name: string;
      country: string | null;
      created_at: Date;
      updated_at: Date;
    }>
  >`
    SELECT ta."track_id"::text, ta."role"::text AS "role", ta."position",
           a."id"::text, a."name", a."country", a."created_at", a."updated_at"
    FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id"
    WHERE ta."track_id" = ANY(${[...trackIds]}::uuid[])
    ORDER BY ta."position", a."id"`;
  return rows.map((r) =>
    trackCredit(
      r.track_id,
      { id: r.id, name: r.name, country: r.country, createdAt: r.created_at, updatedAt: r.updated_at },
      r.role,
      r.position,
    ),
  );
}

export async function tagWeightsOfTracks(db: Db, trackIds: readonly string[]): Promise<TrackTagWeight[]> {
  const rows = await db.$queryRaw<
    Array<{ track_id: string; weight: number; id: string; name: string; category: TagCategory }>
  >`
    SELECT tt."track_id"::text, tt."weight", t."id"::text, t."name", t."category"::text AS "category"
    FROM "track_tag" tt JOIN "tag" t ON t."id" = tt."tag_id"
    WHERE tt."track_id" = ANY(${[...trackIds]}::uuid[])
    ORDER BY tt."weight" DESC, tt."tag_id"`;
  return rows.map((r) =>
    trackTagWeight(r.track_id, { id: r.id, name: r.name, category: r.category }, r.weight),
  );
}
