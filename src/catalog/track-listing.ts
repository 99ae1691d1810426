import { Prisma, type Track } from '../generated/prisma/client.js';
import type { TrackStatus } from '../generated/prisma/enums.js';
import type { Database } from '../db/client.js';
import { decodeCursor, encodeCursor, pageSize, takePage } from '../paging/cursors.js';
import { trackFilterSql, type TrackFilterInput } from './track-filter.js';
import { trackOrdering, type SortDirection, type TrackPosition, type TrackSortField } from './track-order.js';
import {
  creditFromJson,
  tagWeightFromJson,
  type CreditJson,
  type TagJson,
  type TrackCredit,
  type TrackTagWeight,
} from './track-links.js';

export interface TrackListingQuery {
  first?: number | null;
  after?: string | null;
  filter?: TrackFilterInput | null;
  sort: TrackSortField;
  direction: SortDirection;
  /** The caller's visibility (anonymous: ACTIVE only); a status filter can only narrow it. */
  visible: readonly TrackStatus[];
  /** Only this artist's tracks (Artist.tracks); cursors are scoped to the artist. */
  artistId?: string;
  /**
   * Read the page's credits and tags in the same statement as the page, when the caller will
   * show them: a listing with both is then one statement instead of three.
   */
  with?: { credits?: boolean; tags?: boolean };
}

/** A listed track, with its credits and tags when the query asked for them. */
export interface ListedTrack {
  track: Track;
  credits?: TrackCredit[];
  tagWeights?: TrackTagWeight[];
}

export interface TrackListing {
  rows: ListedTrack[];
  hasNextPage: boolean;
  /** Whether the page continues an earlier one (`after` was given). */
  hasPreviousPage: boolean;
  cursorOf(track: Track): string;
  /** Tracks matching the query on all pages; counted only when asked for. */
  totalCount(): Promise<number>;
}

/**
 * Every Track field and its column; `satisfies` makes a field added to the model a compile
 * error here until it is listed. Enums are read as text, as Prisma returns them, and the
 * release day as text too (pg would read a `date` as local midnight): rowToTrack makes it the
 * UTC midnight Prisma gives.
 */
const TRACK_COLUMNS = {
  id: 't."id"::text',
  isrc: 't."isrc"',
  externalId: 't."external_id"',
  title: 't."title"',
  durationSec: 't."duration_sec"',
  bpm: 't."bpm"',
  musicalKey: 't."musical_key"',
  mode: 't."mode"::text',
  hasVocals: 't."has_vocals"',
  explicit: 't."explicit"',
  energy: 't."energy"',
  loudnessLufs: 't."loudness_lufs"',
  estimates: 't."estimates"',
  editedFields: 't."edited_fields"',
  releaseDate: `to_char(t."release_date", 'YYYY-MM-DD')`,
  language: 't."language"',
  status: 't."status"::text',
  createdAt: 't."created_at"',
  updatedAt: 't."updated_at"',
} satisfies Record<keyof Track, string>;

const TRACK_SELECT = Prisma.raw(
  Object.entries(TRACK_COLUMNS)
    .map(([field, column]) => `${column} AS "${field}"`)
    .join(', '),
);

type ListingRow = Omit<Track, 'releaseDate'> & {
  releaseDate: string | null;
  credits?: CreditJson[];
  tagWeights?: TagJson[];
};

/**
 * One page of a filtered, ordered track listing, by keyset (track-order.ts), in one statement:
 * the page's rows, and with `with` their credits and tags beside each row, as the JSON that
 * track_links keeps per track (a row every track has from its insert: the empty lists stand
 * for none only defensively). The statement's text depends on the filter's shape and the page
 * size only, so the connection keeps it prepared (db/client.ts).
 * The LIMIT is written into the text (a validated integer, 1-101): as a parameter, a generic
 * plan guesses a tenth of the table and prefers reading and sorting every row to the index.
 */
export async function listTrackPage(database: Database, query: TrackListingQuery): Promise<TrackListing> {
  const size = pageSize(query.first);
  const ordering = trackOrdering(query.sort, query.direction);
  const scope = `${ordering.scope}${query.artistId ? `:artist:${query.artistId}` : ''}`;
  const position = query.after ? decodeCursor<TrackPosition>(query.after, scope) : null;
  const conditions = [await trackFilterSql(database.prisma, query.filter, query.visible)];
  if (query.artistId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "track_artist" ta WHERE ta."track_id" = t."id" AND ta."artist_id" = ${query.artistId}::uuid)`,
    );
  }
  const where = Prisma.join(conditions, ' AND ');
  const page = position ? Prisma.sql`${where} AND ${ordering.afterSql(position)}` : where;
  const { credits, tags } = { credits: false, tags: false, ...query.with };
  const rows = await database.sql<ListingRow>(Prisma.sql`
    SELECT ${TRACK_SELECT}
      ${credits ? Prisma.sql`, coalesce(l."credits", '[]') AS "credits"` : Prisma.empty}
      ${tags ? Prisma.sql`, coalesce(l."tags", '[]') AS "tagWeights"` : Prisma.empty}
    FROM "track" t ${credits || tags ? Prisma.sql`LEFT JOIN "track_links" l ON l."track_id" = t."id"` : Prisma.empty}
    WHERE ${page}
    ORDER BY ${ordering.orderSql} LIMIT ${Prisma.raw(String(size + 1))}`);
  const { rows: shown, hasNextPage } = takePage(rows, size);
  return {
    rows: shown.map(({ credits: creditList, tagWeights: tagList, releaseDate, ...columns }) => {
      const track: Track = {
        ...columns,
        releaseDate: releaseDate === null ? null : new Date(`${releaseDate}T00:00:00.000Z`),
      };
      return {
        track,
        ...(creditList ? { credits: creditList.map(creditFromJson(track.id)) } : {}),
        ...(tagList ? { tagWeights: tagList.map(tagWeightFromJson(track.id)) } : {}),
      };
    }),
    hasNextPage,
    hasPreviousPage: position !== null,
    cursorOf: (track) => encodeCursor(scope, ordering.positionOf(track)),
    totalCount: async () => {
      const [row] = await database.sql<{ count: number }>(
        Prisma.sql`SELECT count(*)::int AS "count" FROM "track" t WHERE ${where}`,
      );
      return row!.count;
    },
  };
}
