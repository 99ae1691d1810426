import DataLoader from 'dataloader';
import type {
  LicenceRestriction,
  LicenceTerm,
  MediaFeature,
  RightsHolding,
  RightsParty,
  Track,
  Video,
  Artist,
  Tag,
} from '../generated/prisma/client.js';
import type { TrackStatus } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import type { LicenceUse } from '../catalog/licence-use.js';
import { embeddingStatuses } from '../catalog/track-embeddings.js';
import { listedStatuses } from '../catalog/listed-statuses.js';
import { creditsOfTracks, tagWeightsOfTracks } from '../catalog/track-links.js';
import type { TrackEmbeddingStatus } from '../catalog/track-media.js';
import { Prisma } from '../generated/prisma/client.js';
import { clearanceSql, grantAllowsSql } from '../catalog/rights/clearance-sql.js';
import { notFound } from '../errors.js';
import type { ArtistCreditParent, TagWeightParent } from './mapper-types.js';

/**
 * Per-request DataLoaders. One instance per request keeps the cache from leaking data across
 * callers with different visibility. Each batch function returns one value per key, in key
 * order, with an Error for each missing key (the DataLoader contract).
 */
function byId<T extends { id: string }>(type: string, fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T>(async (ids) => {
    const rows = await fetch([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? notFound(type, id));
  });
}

function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** A value now, or one to come: what a resolver may return. */
type Eventually<T> = T | Promise<T>;

export function createLoaders(db: Db, visible: readonly TrackStatus[]) {
  const licenceLoaders = new Map<string, DataLoader<string, LicenceTerm | null>>();
  // Credits and tags a catalog page read with its tracks (track-listing.ts). Answered from here
  // synchronously: through a primed DataLoader each of a page's ~100 nested lists would still
  // cost a promise and its turns of the microtask queue.
  const pageCredits = new Map<string, ArtistCreditParent[]>();
  const pageTagWeights = new Map<string, TagWeightParent[]>();
  const loaders = {
    /** Keeps a listing page's credits and tags for the resolvers of its tracks. */
    preloadPage(trackId: string, lists: { credits?: ArtistCreditParent[]; tagWeights?: TagWeightParent[] }) {
      if (lists.credits) pageCredits.set(trackId, lists.credits);
      if (lists.tagWeights) pageTagWeights.set(trackId, lists.tagWeights);
    },
    creditsOf(trackId: string): Eventually<ArtistCreditParent[]> {
      return pageCredits.get(trackId) ?? loaders.creditsByTrack.load(trackId);
    },
    tagWeightsOf(trackId: string): Eventually<TagWeightParent[]> {
      return pageTagWeights.get(trackId) ?? loaders.tagWeightsByTrack.load(trackId);
    },

    /**
     * Per track, the cheapest master-side (or BOTH) grant that allows `use` in its first
     * territory, when the track is cleared for the whole use (null when it is not: the rule of
     * clearanceSql).
     */
    qualifyingLicence(use: LicenceUse): DataLoader<string, LicenceTerm | null> {
      const key = JSON.stringify(use);
      let loader = licenceLoaders.get(key);
      if (!loader) {
        loader = new DataLoader<string, LicenceTerm | null>(async (trackIds) => {
          const rows = await db.$queryRaw<Array<{ id: string; track_id: string }>>`
            SELECT DISTINCT ON (l."track_id") l."id"::text, l."track_id"::text FROM "licence_term" l
            WHERE l."track_id" = ANY(${[...trackIds]}::uuid[]) AND l."side" <> 'PUBLISHING'
              AND ${clearanceSql(Prisma.sql`l."track_id"`, use)}
              AND ${grantAllowsSql(Prisma.sql`l`, use.territories[0], use)}
            ORDER BY l."track_id", l."price_tier", l."created_at"`;
          const terms = await db.licenceTerm.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
          const byTrack = new Map(terms.map((t) => [t.trackId, t]));
          return trackIds.map((id) => byTrack.get(id) ?? null);
        });
        licenceLoaders.set(key, loader);
      }
      return loader;
    },

    track: byId<Track>('Track', (ids) => db.track.findMany({ where: { id: { in: ids } } })),
    artist: byId<Artist>('Artist', (ids) => db.artist.findMany({ where: { id: { in: ids } } })),
    tag: byId<Tag>('Tag', (ids) => db.tag.findMany({ where: { id: { in: ids } } })),
    video: byId<Video>('Video', (ids) => db.video.findMany({ where: { id: { in: ids } } })),
    licence: byId<LicenceTerm>('LicenceTerm', (ids) =>
      db.licenceTerm.findMany({ where: { id: { in: ids } } }),
    ),

    creditsByTrack: new DataLoader<string, ArtistCreditParent[]>(async (trackIds) =>
      groupBy(trackIds, await creditsOfTracks(db, trackIds), (r) => r.trackId),
    ),

    tagWeightsByTrack: new DataLoader<string, TagWeightParent[]>(async (trackIds) =>
      groupBy(trackIds, await tagWeightsOfTracks(db, trackIds), (r) => r.trackId),
    ),

    licencesByTrack: new DataLoader<string, LicenceTerm[]>(async (trackIds) => {
      const rows = await db.licenceTerm.findMany({
        where: { trackId: { in: [...trackIds] } },
        orderBy: { createdAt: 'asc' },
      });
      return groupBy(trackIds, rows, (r) => r.trackId);
    }),

    restrictionsByTrack: new DataLoader<string, LicenceRestriction[]>(async (trackIds) => {
      const rows = await db.licenceRestriction.findMany({
        where: { trackId: { in: [...trackIds] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return groupBy(trackIds, rows, (r) => r.trackId);
    }),

    holdingsByTrack: new DataLoader<string, RightsHolding[]>(async (trackIds) => {
      const rows = await db.rightsHolding.findMany({
        where: { trackId: { in: [...trackIds] } },
        orderBy: [{ side: 'asc' }, { share: 'desc' }, { id: 'asc' }],
      });
      return groupBy(trackIds, rows, (r) => r.trackId);
    }),

    rightsParty: byId<RightsParty>('RightsParty', (ids) =>
      db.rightsParty.findMany({ where: { id: { in: ids } } }),
    ),

    /** Catalog tracks per tag: a count returns what a listing without a status filter lists. */
    trackCountByTag: new DataLoader<string, number>(async (tagIds) => {
      const counts = await db.trackTag.groupBy({
        by: ['tagId'],
        where: {
          tagId: { in: [...tagIds] },
          track: { status: { in: listedStatuses(null, visible, 'listing') } },
        },
        _count: { _all: true },
      });
      const map = new Map(counts.map((c) => [c.tagId, c._count._all]));
      return tagIds.map((id) => map.get(id) ?? 0);
    }),

    /** Per track, its stored media features (music: kind AUDIO). The data bytes are not read. */
    featuresByTrack: new DataLoader<string, FeatureInfoRow[]>(async (trackIds) => {
      const rows = await db.mediaFeature.findMany({
        where: { trackId: { in: [...trackIds] } },
        omit: { data: true },
      });
      return groupBy(trackIds, rows, (r) => r.trackId!);
    }),

    /** Per track, its embedding state under each serving version (needs featuresByTrack's answer). */
    embeddingsByTrack: new DataLoader<
      { trackId: string; hasFeatures: boolean },
      TrackEmbeddingStatus[],
      string
    >((tracks) => embeddingStatuses(db, tracks), { cacheKeyFn: (t) => `${t.trackId}:${t.hasFeatures}` }),

    featuresByVideo: new DataLoader<string, FeatureInfoRow[]>(async (videoIds) => {
      const rows = await db.mediaFeature.findMany({
        where: { videoId: { in: [...videoIds] } },
        omit: { data: true },
      });
      return groupBy(videoIds, rows, (r) => r.videoId!);
    }),

    pairedTracksByVideo: new DataLoader<string, Track[]>(async (videoIds) => {
      const pairs = await db.videoMusicPair.findMany({
        where: { videoId: { in: [...videoIds] }, track: { status: { in: [...visible] } } },
        include: { track: true },
        orderBy: { createdAt: 'asc' },
      });
      return groupBy(videoIds, pairs, (p) => p.videoId).map((group) => group.map((p) => p.track));
    }),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** A feature row without its data (listing a track's features must not read megabytes). */
export type FeatureInfoRow = Omit<MediaFeature, 'data'>;
