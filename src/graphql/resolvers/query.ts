import type { QueryResolvers } from '../../generated/graphql.js';
import type { Track } from '../../generated/prisma/client.js';
import { requireRole } from '../../auth/roles.js';
import { artistNameWhere } from '../../catalog/artists.js';
import { pairWhere, trainingPairCounts } from '../../catalog/training-pairs.js';
import { nullIfNotFound } from '../../errors.js';
import { toConnection } from '../connection.js';
import { fromGlobalId, parseGlobalId } from '../ids.js';
import {
  afterCreated,
  createdPositionOf,
  decodeCursor,
  pageSize,
  type CreatedPosition,
} from '../pagination.js';
import { loadNode, visibleTrack } from './visibility.js';
import { listTracks } from './track-listing.js';
import { catalogFacets } from '../../search/facets.js';
import { searchFilterSql } from '../../search/filter-sql.js';

export const Query: QueryResolvers = {
  // loadNode tags each row with its __typename for Node.__resolveType; the generated union type
  // cannot express that tag, hence the cast.
  node: (_, { id }, ctx) => loadNode(ctx, parseGlobalId(id)) as unknown as Promise<Track>,
  track: (_, { id }, ctx) => visibleTrack(ctx, fromGlobalId(id, 'Track')),
  artist: (_, { id }, ctx) => ctx.loaders.artist.load(fromGlobalId(id, 'Artist')).catch(nullIfNotFound),
  video: (_, { id }, ctx) => ctx.loaders.video.load(fromGlobalId(id, 'Video')).catch(nullIfNotFound),
  tracks: (_, args, ctx, info) => listTracks(ctx, args, info),
  // The listing's rule (listedStatuses), not search's takedown rule: these counts sit beside the
  // catalog table.
  trackFacets: async (_, { filter }, ctx) =>
    catalogFacets(
      ctx.db,
      (await searchFilterSql(ctx.db, filter, ctx.visible, [], ctx.viewer.role, 'listing')).sql,
    ),

  artists: async (_, { first, after, name }, ctx) => {
    const size = pageSize(first);
    const scope = `artists:${name ?? ''}`;
    const where = artistNameWhere(name);
    const position = after ? decodeCursor<{ name: string; id: string }>(after, scope) : null;
    const rows = await ctx.db.artist.findMany({
      where: position
        ? {
            AND: [
              where,
              { OR: [{ name: { gt: position.name } }, { name: position.name, id: { gt: position.id } }] },
            ],
          }
        : where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: size + 1,
    });
    return toConnection(
      rows,
      size,
      scope,
      (a) => ({ name: a.name, id: a.id }),
      position !== null,
      () => ctx.db.artist.count({ where }),
    );
  },

  tags: (_, { category }, ctx) =>
    ctx.db.tag.findMany({
      where: category ? { category } : {},
      orderBy: [{ category: 'asc' }, { name: 'asc' }],
    }),

  videos: async (_, { first, after, source }, ctx) => {
    const size = pageSize(first);
    // Videos that exist only to train (the demo's 3300 synthetic ones) are not catalog videos:
    // listed only when `source` names their source.
    const where = source != null ? { source } : { trainingOnly: false };
    const scope = `videos:${source ?? ''}`;
    const position = after ? decodeCursor<CreatedPosition>(after, scope) : null;
    const rows = await ctx.db.video.findMany({
      where: { AND: [where, afterCreated(position, 'asc')] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    });
    return toConnection(rows, size, scope, createdPositionOf, position !== null, () =>
      ctx.db.video.count({ where }),
    );
  },

  trainingPairs: async (_, { first, after, source, split }, ctx) => {
    requireRole(ctx.viewer, 'VIEWER', 'Reading training pairs');
    const size = pageSize(first);
    const where = pairWhere({ source, split });
    const scope = `trainingPairs:${source ?? ''}:${split ?? ''}`;
    const position = after ? decodeCursor<CreatedPosition>(after, scope) : null;
    const rows = await ctx.db.videoMusicPair.findMany({
      where: { AND: [where, afterCreated(position, 'asc')] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    });
    return toConnection(rows, size, scope, createdPositionOf, position !== null, () =>
      ctx.db.videoMusicPair.count({ where }),
    );
  },

  trainingPairCounts: (_, __, ctx) => {
    requireRole(ctx.viewer, 'VIEWER', 'Reading training pairs');
    return trainingPairCounts(ctx.db);
  },

  viewer: (_, __, ctx) => ({ role: ctx.viewer.role, keyName: ctx.viewer.keyName }),

  apiKeys: (_, __, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'Listing API keys');
    return ctx.db.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
  },
};
