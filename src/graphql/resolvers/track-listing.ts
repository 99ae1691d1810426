import type { Prisma, Track } from '../../generated/prisma/client.js';
import { buildTrackWhere, type TrackFilterInput } from '../../catalog/track-filter.js';
import { trackOrdering, type TrackPosition, type TrackSortField } from '../../catalog/track-order.js';
import type { TrackOrder } from '../../generated/graphql.js';
import { UnreachableCaseError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { toConnection } from '../connection.js';
import type { ConnectionParent } from '../mapper-types.js';
import { decodeCursor, pageSize } from '../pagination.js';

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
  /** Extra conditions from the parent field (e.g. an artist's tracks). */
  scopeWhere?: Prisma.TrackWhereInput;
  scopeKey?: string;
}

/** The one implementation of paged, filtered, ordered track listings (Query.tracks, Artist.tracks). */
export async function listTracks(
  ctx: GraphQLContext,
  args: TrackListingArgs,
): Promise<ConnectionParent<Track>> {
  const size = pageSize(args.first);
  const ordering = trackOrdering(
    sortField(args.orderBy),
    args.orderBy?.direction === 'DESC' ? 'desc' : 'asc',
  );
  const scope = `${ordering.scope}${args.scopeKey ? `:${args.scopeKey}` : ''}`;
  const where = await buildTrackWhere(ctx.db, args.filter, ctx.visible);
  const base: Prisma.TrackWhereInput = args.scopeWhere ? { AND: [where, args.scopeWhere] } : where;
  const position = args.after ? decodeCursor<TrackPosition>(args.after, scope) : null;
  const rows = await ctx.db.track.findMany({
    where: position ? { AND: [base, ordering.after(position)] } : base,
    orderBy: ordering.orderBy,
    take: size + 1,
  });
  return toConnection(
    rows,
    size,
    scope,
    (t) => ordering.positionOf(t),
    position !== null,
    () => ctx.db.track.count({ where: base }),
  );
}
