import { Prisma } from '../generated/prisma/client.js';
import type { ApiRole, TrackStatus } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import {
  rangeWhere,
  resolveTagRefs,
  validateLicenceUse,
  type TrackFilterInput,
} from '../catalog/track-filter.js';
import { normalizeKey } from '../catalog/validation.js';
import { clearanceSql } from '../catalog/rights/clearance-sql.js';
import type { LicenceUse } from '../catalog/licence-use.js';
import { listedStatuses, type StatusScope } from '../catalog/listed-statuses.js';

export interface ResolvedSearchFilter {
  /** `AND ...`: every condition, on the embedding row `e` (all filter columns live there). */
  sql: Prisma.Sql;
  /** The conditions that read only the row itself (cheap). */
  rowSql: Prisma.Sql;
  /** The licence condition (a lookup per row), or empty. */
  licenceSql: Prisma.Sql | null;
  /** Tag ids the filter asked for (for explanations). */
  requestedTagIds: string[];
  licence: LicenceUse | null;
  /** Whether anything beyond visibility and exclusions narrows the candidates. */
  narrowing: boolean;
}

const and = (parts: Prisma.Sql[]) =>
  parts.length ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;

/**
 * Translates a TrackFilter (plus visibility and exclusions) into conditions on the embedding
 * row, whose copies of the track's attributes let the filters run inside the vector scan.
 * The statuses are listedStatuses' rule: ACTIVE unless the filter names others, within
 * `visible`; in a search (`scope`), TAKEN_DOWN only for an EDITOR or ADMIN `role` (null:
 * anonymous; undefined: an internal caller naming the statuses itself). trackFacets compiles
 * the same filter with the listing's scope.
 */
export async function searchFilterSql(
  db: Db,
  filter: TrackFilterInput | null | undefined,
  visible: readonly TrackStatus[],
  excludeTrackIds: readonly string[] = [],
  role?: ApiRole | null,
  scope: StatusScope = 'search',
): Promise<ResolvedSearchFilter> {
  const parts: Prisma.Sql[] = [];
  const statuses = listedStatuses(filter?.status, visible, scope, role);
  parts.push(Prisma.sql`e."status" = ANY(${[...statuses]}::"TrackStatus"[])`);
  if (excludeTrackIds.length) parts.push(Prisma.sql`e."track_id" <> ALL(${[...excludeTrackIds]}::uuid[])`);
  const requestedTagIds: string[] = [];
  let licence: ResolvedSearchFilter['licence'] = null;
  let licenceSql: Prisma.Sql | null = null;
  if (filter) {
    const bpm = rangeWhere(filter.bpm, 'bpm');
    if (bpm?.gte != null) parts.push(Prisma.sql`e."bpm" >= ${bpm.gte}`);
    if (bpm?.lte != null) parts.push(Prisma.sql`e."bpm" <= ${bpm.lte}`);
    const duration = rangeWhere(filter.durationSec, 'durationSec');
    if (duration?.gte != null) parts.push(Prisma.sql`e."duration_sec" >= ${duration.gte}`);
    if (duration?.lte != null) parts.push(Prisma.sql`e."duration_sec" <= ${duration.lte}`);
    const years = rangeWhere(filter.releaseYear, 'releaseYear');
    if (years?.gte != null) parts.push(Prisma.sql`e."release_year" >= ${years.gte}::int`);
    if (years?.lte != null) parts.push(Prisma.sql`e."release_year" <= ${years.lte}::int`);
    if (filter.key != null)
      parts.push(Prisma.sql`e."musical_key" = ${normalizeKey(filter.key, 'filter.key')}`);
    if (filter.mode != null) parts.push(Prisma.sql`e."mode" = ${filter.mode}::"KeyMode"`);
    if (filter.hasVocals != null) parts.push(Prisma.sql`e."has_vocals" = ${filter.hasVocals}`);
    if (filter.explicit != null) parts.push(Prisma.sql`e."explicit" = ${filter.explicit}`);
    if (filter.tags) {
      const any = (await resolveTagRefs(db, filter.tags.any ?? [], 'filter.tags.any')).flat();
      if (any.length) parts.push(Prisma.sql`e."tag_ids" && ${any}::uuid[]`);
      const all = await resolveTagRefs(db, filter.tags.all ?? [], 'filter.tags.all');
      for (const ids of all) parts.push(Prisma.sql`e."tag_ids" && ${ids}::uuid[]`);
      const none = (await resolveTagRefs(db, filter.tags.none ?? [], 'filter.tags.none')).flat();
      if (none.length) parts.push(Prisma.sql`NOT (e."tag_ids" && ${none}::uuid[])`);
      requestedTagIds.push(...any, ...all.flat());
    }
    if (filter.text != null && filter.text.trim() !== '') {
      const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      parts.push(Prisma.sql`e."track_id" IN (
        SELECT t."id" FROM "track" t WHERE t."title" ILIKE ${pattern}
        UNION SELECT ta."track_id" FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id" WHERE a."name" ILIKE ${pattern})`);
    }
    if (filter.licence) {
      licence = validateLicenceUse(filter.licence);
      // The one rule (both sides, shares, restrictions): see clearanceSql, and why it is EXISTS.
      licenceSql = Prisma.sql` AND ${clearanceSql(Prisma.sql`e."track_id"`, licence)}`;
    }
  }
  const base = 1 + (excludeTrackIds.length ? 1 : 0);
  const rowSql = and(parts);
  return {
    sql: licenceSql ? Prisma.sql`${rowSql} ${licenceSql}` : rowSql,
    rowSql,
    licenceSql,
    requestedTagIds,
    licence,
    narrowing: parts.length > base || licenceSql !== null,
  };
}
