import type { Prisma } from '../generated/prisma/client.js';
import { badInput } from '../errors.js';

export type TrackSortField = 'title' | 'bpm' | 'durationSec' | 'releaseDate' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

const NULLABLE: Record<TrackSortField, boolean> = {
  title: false,
  bpm: true,
  durationSec: false,
  releaseDate: true,
  createdAt: false,
};
const DATES: ReadonlySet<TrackSortField> = new Set(['releaseDate', 'createdAt']);

/** A keyset position: the sort value of the last row seen (dates as ISO strings) and its id. */
export interface TrackPosition {
  v: string | number | null;
  id: string;
}

export interface TrackOrdering {
  field: TrackSortField;
  direction: SortDirection;
  /** Identifies the ordering inside cursors. */
  scope: string;
  orderBy: Prisma.TrackOrderByWithRelationInput[];
  positionOf(track: Record<TrackSortField | 'id', unknown>): TrackPosition;
  /** Rows strictly after `position` in this ordering. */
  after(position: TrackPosition): Prisma.TrackWhereInput;
}

/**
 * Keyset pagination over (field, id), nulls last in both directions. Keyset rather than offsets
 * so that rows inserted or deleted between pages neither repeat nor vanish.
 */
export function trackOrdering(field: TrackSortField, direction: SortDirection): TrackOrdering {
  const nullable = NULLABLE[field];
  const primary = nullable ? { [field]: { sort: direction, nulls: 'last' } } : { [field]: direction };
  const decode = (v: string | number | null) => (DATES.has(field) && typeof v === 'string' ? new Date(v) : v);
  return {
    field,
    direction,
    scope: `tracks:${field}:${direction}`,
    orderBy: [primary as Prisma.TrackOrderByWithRelationInput, { id: 'asc' }],
    positionOf(track) {
      const value = track[field];
      return {
        v: value instanceof Date ? value.toISOString() : (value as string | number | null),
        id: String(track.id),
      };
    },
    after({ v, id }) {
      if (typeof id !== 'string' || (v !== null && typeof v !== 'string' && typeof v !== 'number')) {
        throw badInput('after is not a valid cursor', 'after');
      }
      if (v === null) {
        if (!nullable) throw badInput('after is not a valid cursor', 'after');
        return { [field]: null, id: { gt: id } };
      }
      const value = decode(v);
      const beyond = direction === 'asc' ? { gt: value } : { lt: value };
      return {
        OR: [
          { [field]: beyond },
          { [field]: value, id: { gt: id } },
          ...(nullable ? [{ [field]: null }] : []),
        ],
      } as Prisma.TrackWhereInput;
    },
  };
}
