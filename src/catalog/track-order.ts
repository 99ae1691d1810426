import { Prisma } from '../generated/prisma/client.js';
import { badInput } from '../errors.js';

export type TrackSortField = 'title' | 'bpm' | 'durationSec' | 'releaseDate' | 'createdAt';
export type SortDirection = 'asc' | 'desc';

/** Each sort field's column, whether it may be null, and the SQL type of its cursor value. */
const FIELDS: Record<TrackSortField, { column: string; nullable: boolean; cast: string }> = {
  title: { column: 'title', nullable: false, cast: 'text' },
  bpm: { column: 'bpm', nullable: true, cast: 'float8' },
  durationSec: { column: 'duration_sec', nullable: false, cast: 'float8' },
  // Cursors hold dates as ISO instants; a release date is a UTC day.
  releaseDate: { column: 'release_date', nullable: true, cast: 'date' },
  createdAt: { column: 'created_at', nullable: false, cast: 'timestamptz' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What Date#toISOString writes for the years a date column holds (0001-9999). */
const ISO_INSTANT = /^(?!0000)\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{3}Z$/;

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
  /** `ORDER BY` on the track row `t` (without the keywords). */
  orderSql: Prisma.Sql;
  positionOf(track: Record<TrackSortField | 'id', unknown>): TrackPosition;
  /** The condition on `t` for rows strictly after `position` in this ordering. */
  afterSql(position: TrackPosition): Prisma.Sql;
}

/**
 * Keyset pagination over (field, id), nulls last in both directions. Keyset rather than offsets
 * so that rows inserted or deleted between pages neither repeat nor vanish.
 */
export function trackOrdering(field: TrackSortField, direction: SortDirection): TrackOrdering {
  const { column, nullable, cast } = FIELDS[field];
  const sortColumn = Prisma.raw(`t."${column}"`);
  const value = (v: string | number) =>
    cast === 'date'
      ? Prisma.sql`(${v}::timestamptz AT TIME ZONE 'UTC')::date`
      : Prisma.sql`${v}::${Prisma.raw(cast)}`;
  return {
    field,
    direction,
    scope: `tracks:${field}:${direction}`,
    orderSql: Prisma.sql`${sortColumn} ${Prisma.raw(direction === 'asc' ? 'ASC' : 'DESC')} NULLS LAST, t."id" ASC`,
    positionOf(track) {
      const v = track[field];
      return {
        v: v instanceof Date ? v.toISOString() : (v as string | number | null),
        id: String(track.id),
      };
    },
    afterSql({ v, id }) {
      // A cursor is opaque but arrives from the client: anything in it that Postgres would
      // refuse (a malformed id, a NUL, a year 0) is a bad cursor, not a failed statement.
      if (
        typeof id !== 'string' ||
        !UUID.test(id) ||
        (v !== null && typeof v !== (cast === 'float8' ? 'number' : 'string')) ||
        (typeof v === 'number' && !Number.isFinite(v)) ||
        (typeof v === 'string' &&
          (cast === 'text' ? v.includes('\u0000') : !ISO_INSTANT.test(v) || Number.isNaN(Date.parse(v))))
      ) {
        throw badInput('after is not a valid cursor', 'after');
      }
      const sameThenId = (same: Prisma.Sql) => Prisma.sql`(${same} AND t."id" > ${id}::uuid)`;
      if (v === null) {
        if (!nullable) throw badInput('after is not a valid cursor', 'after');
        return sameThenId(Prisma.sql`${sortColumn} IS NULL`);
      }
      const beyond = direction === 'asc' ? Prisma.sql`>` : Prisma.sql`<`;
      return Prisma.sql`(${sortColumn} ${beyond} ${value(v)} OR ${sameThenId(
        Prisma.sql`${sortColumn} = ${value(v)}`,
      )}${nullable ? Prisma.sql` OR ${sortColumn} IS NULL` : Prisma.empty})`;
    },
  };
}
