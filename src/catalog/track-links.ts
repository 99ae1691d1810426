import type { Artist, Tag } from '../generated/prisma/client.js';
import type { ArtistRole, TagCategory } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';

/**
 * Credits and tags of any set of tracks, one statement each (the per-request loaders use them
 * for search results and single tracks; a catalog listing reads them with its page, in
 * track-listing.ts). Both read track_links, the per-track JSON that triggers keep current, in
 * the order the API shows them: credits by position, tags by weight (heaviest first).
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

// One element of track_links' JSON lists (migration 20261202050000_track_links): a credit as
// [artist id, name, country, created_at, updated_at, role, position], a tag as
// [tag id, name, category, weight].
export type CreditJson = [string, string, string | null, string, string, ArtistRole, number];
export type TagJson = [string, string, TagCategory, number];

/** A credit from its track_links element. */
export const creditFromJson =
  (trackId: string) =>
  ([id, name, country, createdAt, updatedAt, role, position]: CreditJson): TrackCredit =>
    trackCredit(
      trackId,
      { id, name, country, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) },
      role,
      position,
    );

/** A weighted tag from its track_links element. */
export const tagWeightFromJson =
  (trackId: string) =>
  ([id, name, category, weight]: TagJson): TrackTagWeight =>
    trackTagWeight(trackId, { id, name, category }, weight);

export async function creditsOfTracks(db: Db, trackIds: readonly string[]): Promise<TrackCredit[]> {
  const rows = await db.$queryRaw<Array<{ track_id: string; credits: CreditJson[] }>>`
    SELECT "track_id"::text, "credits" FROM "track_links" WHERE "track_id" = ANY(${[...trackIds]}::uuid[])`;
  return rows.flatMap((r) => r.credits.map(creditFromJson(r.track_id)));
}

export async function tagWeightsOfTracks(db: Db, trackIds: readonly string[]): Promise<TrackTagWeight[]> {
  const rows = await db.$queryRaw<Array<{ track_id: string; tags: TagJson[] }>>`
    SELECT "track_id"::text, "tags" FROM "track_links" WHERE "track_id" = ANY(${[...trackIds]}::uuid[])`;
  return rows.flatMap((r) => r.tags.map(tagWeightFromJson(r.track_id)));
}
