import { Prisma } from '../generated/prisma/client.js';
import type { KeyMode, LicenceUsage, TrackStatus } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { badInput } from '../errors.js';
import { BPM_RANGE, DURATION_RANGE, escapeLike, isTerritory, normalizeKey } from './validation.js';
import type { LicenceUse } from './licence-use.js';
import { validateCampaign } from './rights/campaign.js';
import { clearanceSql } from './rights/clearance-sql.js';
import { listedStatuses } from './listed-statuses.js';

export interface Range {
  min?: number | null;
  max?: number | null;
}

/** Tags by database id or by name (case-insensitive, any category). */
export interface TagRefs {
  any?: readonly string[] | null;
  all?: readonly string[] | null;
  none?: readonly string[] | null;
}

export interface TrackFilterInput {
  tags?: TagRefs | null;
  bpm?: Range | null;
  durationSec?: Range | null;
  key?: string | null;
  mode?: KeyMode | null;
  hasVocals?: boolean | null;
  explicit?: boolean | null;
  releaseYear?: Range | null;
  status?: readonly TrackStatus[] | null;
  text?: string | null;
  licence?: LicenceFilterInput | null;
}

export interface LicenceFilterInput {
  /** One territory (the form before campaigns); with `territories`, both must clear. */
  territory?: string | null;
  /** A campaign: every territory must clear. */
  territories?: readonly string[] | null;
  usage: LicenceUsage;
  /** One day; `period` is the campaign form. Not both. */
  at?: Date | null;
  period?: { from: Date; until: Date } | null;
  maxPriceTier?: number | null;
  contentIdSafe?: boolean | null;
  exclusiveOnly?: boolean | null;
  rightsHolder?: string | null;
}

/**
 * What a filter range may ask for. Wider than what a track may hold at the low end (0, so that
 * `min: 0` reads "any"), but a bound no track could meet, `bpm: { min: -50 }`, is a mistake
 * worth naming rather than an empty or unfiltered answer. Years are those a Date can hold.
 */
export const FILTER_RANGES = {
  bpm: { min: 0, max: BPM_RANGE.max },
  durationSec: { min: 0, max: DURATION_RANGE.max },
  releaseYear: { min: 1, max: 9999 },
} as const;

export function rangeWhere(
  range: Range | null | undefined,
  field: string,
  bounds: { min: number; max: number } = { min: -Infinity, max: Infinity },
): Prisma.FloatFilter | undefined {
  if (!range) return undefined;
  const { min, max } = range;
  for (const [bound, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (value == null) continue;
    if (!Number.isFinite(value))
      throw badInput(`filter.${field}.${bound} must be finite`, `filter.${field}.${bound}`);
    if (value < bounds.min || value > bounds.max) {
      throw badInput(
        `filter.${field}.${bound} must be between ${bounds.min} and ${bounds.max}, got ${value}`,
        `filter.${field}.${bound}`,
      );
    }
  }
  if (min != null && max != null && min > max)
    throw badInput(`filter.${field}.min must not exceed max`, `filter.${field}`);
  return { ...(min != null ? { gte: min } : {}), ...(max != null ? { lte: max } : {}) };
}

/** January 1st of `year`, UTC; Date.UTC would read years 0-99 as 1900-1999. */
function yearStart(year: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date;
}

/**
 * Resolves each tag reference to the tag ids it names. A reference that names no tag is an
 * error: silently ignoring it would widen (`any`) or empty (`all`) the result unnoticed.
 */
export async function resolveTagRefs(db: Db, refs: readonly string[], field: string): Promise<string[][]> {
  if (refs.length === 0) return [];
  const uuids = refs.filter((r) => /^[0-9a-f-]{36}$/.test(r));
  const names = refs.map((r) => r.toLowerCase());
  const tags = await db.tag.findMany({
    where: { OR: [{ id: { in: uuids } }, { name: { in: refs as string[], mode: 'insensitive' } }] },
    select: { id: true, name: true },
  });
  return refs.map((ref, i) => {
    const ids = tags.filter((t) => t.id === ref || t.name.toLowerCase() === names[i]).map((t) => t.id);
    if (ids.length === 0) throw badInput(`${field} names an unknown tag: ${JSON.stringify(ref)}`, field);
    return ids;
  });
}

/**
 * Validates a licence filter into the one campaign shape every reader of the rule takes
 * (clearanceSql): `territory` and `territories` together name the territories (at least one),
 * `at` is the one-day period [at, at], and neither `at` nor `period` means today (UTC).
 */
export function validateLicenceUse(licence: LicenceFilterInput): LicenceUse {
  const prefix = 'filter.licence.';
  if (licence.at != null && licence.period != null) {
    throw badInput(`${prefix}at and ${prefix}period are exclusive: give one`, `${prefix}period`);
  }
  if (licence.territories != null && licence.territories.length === 0) {
    throw badInput(`${prefix}territories must list at least one territory`, `${prefix}territories`);
  }
  const named = [...(licence.territory != null ? [licence.territory] : []), ...(licence.territories ?? [])];
  if (named.length === 0) {
    throw badInput(`${prefix}territory or ${prefix}territories is required`, `${prefix}territories`);
  }
  if (licence.territory != null && !isTerritory(licence.territory)) {
    throw badInput(
      `${prefix}territory is not an ISO 3166-1 alpha-2 code: ${JSON.stringify(licence.territory)}`,
      `${prefix}territory`,
    );
  }
  const use = validateCampaign(
    {
      ...licence,
      territories: named,
      period: licence.period ?? (licence.at ? { from: licence.at, until: licence.at } : null),
    },
    prefix,
  );
  return use;
}

/**
 * The conditions of a track listing on the track row `t`, as one SQL condition.
 * `visibleStatuses` is the caller's visibility (anonymous: ACTIVE only); which statuses a listing
 * returns is listedStatuses' rule (ACTIVE unless the filter asks for others). Every bound is validated first (rangeWhere, normalizeKey, validateLicenceUse),
 * and tag references must name tags (resolveTagRefs), so a mistake is an error, not a silently
 * wider or empty page.
 */
export async function trackFilterSql(
  db: Db,
  filter: TrackFilterInput | null | undefined,
  visibleStatuses: readonly TrackStatus[],
): Promise<Prisma.Sql> {
  const statuses = listedStatuses(filter?.status, visibleStatuses, 'listing');
  // One status (the default) as an equality: a prepared statement's generic plan then
  // walks track(status, title) in order; `= ANY(array)` would read and sort every row.
  const and: Prisma.Sql[] = [
    statuses.length === 1
      ? Prisma.sql`t."status" = ${statuses[0]}::"TrackStatus"`
      : Prisma.sql`t."status" = ANY(${[...statuses]}::"TrackStatus"[])`,
  ];
  if (!filter) return and[0]!;

  const range = (column: string, bounds: Prisma.FloatFilter | undefined) => {
    const sqlColumn = Prisma.raw(`t."${column}"`);
    if (bounds?.gte != null) and.push(Prisma.sql`${sqlColumn} >= ${bounds.gte}::float8`);
    if (bounds?.lte != null) and.push(Prisma.sql`${sqlColumn} <= ${bounds.lte}::float8`);
  };
  range('bpm', rangeWhere(filter.bpm, 'bpm', FILTER_RANGES.bpm));
  range('duration_sec', rangeWhere(filter.durationSec, 'durationSec', FILTER_RANGES.durationSec));
  if (filter.releaseYear) {
    const years = rangeWhere(filter.releaseYear, 'releaseYear', FILTER_RANGES.releaseYear);
    const isoDay = (year: number) => yearStart(year).toISOString().slice(0, 10);
    if (years?.gte != null) and.push(Prisma.sql`t."release_date" >= ${isoDay(years.gte)}::date`);
    // Up to 9999 inclusive: every storable date, and year 10000 has no ISO 8601 form.
    if (years?.lte != null && years.lte < FILTER_RANGES.releaseYear.max)
      and.push(Prisma.sql`t."release_date" < ${isoDay(years.lte + 1)}::date`);
  }
  if (filter.key != null) and.push(Prisma.sql`t."musical_key" = ${normalizeKey(filter.key, 'filter.key')}`);
  if (filter.mode != null) and.push(Prisma.sql`t."mode" = ${filter.mode}::"KeyMode"`);
  if (filter.hasVocals != null) and.push(Prisma.sql`t."has_vocals" = ${filter.hasVocals}`);
  if (filter.explicit != null) and.push(Prisma.sql`t."explicit" = ${filter.explicit}`);
  if (filter.text != null && filter.text.trim() !== '') {
    // Literal substring: `%` finds titles with a percent sign, not every title.
    const pattern = `%${escapeLike(filter.text.trim())}%`;
    and.push(Prisma.sql`(t."title" ILIKE ${pattern} OR EXISTS (
      SELECT 1 FROM "track_artist" ta JOIN "artist" a ON a."id" = ta."artist_id"
      WHERE ta."track_id" = t."id" AND a."name" ILIKE ${pattern}))`);
  }
  if (filter.tags) {
    const tagged = (ids: string[]) =>
      Prisma.sql`EXISTS (SELECT 1 FROM "track_tag" tt WHERE tt."track_id" = t."id" AND tt."tag_id" = ANY(${ids}::uuid[]))`;
    const any = await resolveTagRefs(db, filter.tags.any ?? [], 'filter.tags.any');
    if (any.length) and.push(tagged(any.flat()));
    for (const ids of await resolveTagRefs(db, filter.tags.all ?? [], 'filter.tags.all')) {
      and.push(tagged(ids));
    }
    const none = await resolveTagRefs(db, filter.tags.none ?? [], 'filter.tags.none');
    if (none.length) and.push(Prisma.sql`NOT ${tagged(none.flat())}`);
  }
  // The licence rule lives in one place, clearanceSql (search uses the same condition).
  if (filter.licence) and.push(clearanceSql(Prisma.sql`t."id"`, validateLicenceUse(filter.licence)));
  return Prisma.join(and, ' AND ');
}
