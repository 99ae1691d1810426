import type { GraphQLResolveInfo } from 'graphql';
import type { Track } from '../../generated/prisma/client.js';
import type { TrackFilterInput } from '../../catalog/track-filter.js';
import { listTrackPage } from '../../catalog/track-listing.js';
import type { TrackSortField } from '../../catalog/track-order.js';
import type { TrackOrder } from '../../generated/graphql.js';
import { UnreachableCaseError } from '../../errors.js';
import { pageInfoOf } from '../../paging/page-info.js';
import type { GraphQLContext } from '../context.js';
import type { ConnectionParent } from '../mapper-types.js';
import { selectedFields } from '../selection.js';

function sortField(order: TrackOrder | null | undefined): TrackSortField {
  const field = order?.field ?? 'TITLE';
  switch (field) {
    case 'TITLE':
      return 'title';
    case 'BPM':
      return 'bpm';
    case 'DURATION':
      return 'durationSec';
    case 'RELEASE_DATE':
      return 'releaseDate';
    case 'CREATED_AT':
      return 'createdAt';
    default:
      throw new UnreachableCaseError(field);
  }
}

export interface TrackListingArgs {
  first?: number | null;
  after?: string | null;
  filter?: TrackFilterInput | null;
  orderBy?: TrackOrder | null;
}

/**
 * Query.tracks and Artist.tracks: the domain's listing (catalog/track-listing.ts) as a
 * connection. When the client selects a track's artists or tags, the page reads them in its own
 * statement and hands them to the per-request loaders, so those resolvers send nothing.
 */
export async function listTracks(
  ctx: GraphQLContext,
  args: TrackListingArgs,
  info: GraphQLResolveInfo,
  artistId?: string,
): Promise<ConnectionParent<Track>> {
  const fields = selectedFields(info, ['edges', 'node']);
  const listing = await listTrackPage(ctx.database, {
    first: args.first,
    after: args.after,
    filter: args.filter,
    sort: sortField(args.orderBy),
    direction: args.orderBy?.direction === 'DESC' ? 'desc' : 'asc',
    visible: ctx.visible,
    artistId,
    with: {
      credits: fields.has('artists') || fields.has('credits'),
      tags: fields.has('tags') || fields.has('tagWeights'),
    },
  });
  const edges = listing.rows.map(({ track, credits, tagWeights }) => {
    ctx.loaders.preloadPage(track.id, { credits, tagWeights });
    // Encoded when asked for: most pages show only pageInfo's last cursor.
    return {
      node: track,
      get cursor() {
        return listing.cursorOf(track);
      },
    };
  });
  return {
    edges,
    pageInfo: pageInfoOf(edges, listing.hasNextPage, listing.hasPreviousPage),
    totalCount: listing.totalCount,
  };
}
