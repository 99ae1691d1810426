import { Prisma } from '../generated/prisma/client.js';
import type { KeyMode, LicenceUsage, TrackStatus } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { badInput } from '../errors.js';
import { BPM_RANGE, DURATION_RANGE, escapeLike, isTerritory, normalizeKey } from './validation.js';
import type { LicenceUse } from './licence-use.js';
import { validateCampaign } from './rights/campaign.js';
import { clearanceSql } from './rights/clearance-sql.js';

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
 * Builds the Prisma `where` for a track listing. `visibleStatuses` is the caller's visibility
 * (anonymous: ACTIVE only); a status filter can only narrow it.
 */
export async function buildTrackWhere(
  db: Db,
  filter: TrackFilterInput | null | undefined,
  visibleStatuses: readonly TrackStatus[],
): Promise<Prisma.TrackWhereInput> {
  const and: Prisma.TrackWhereInput[] = [];
  const statuses = filter?.status?.length
    ? filter.status.filter((s) => visibleStatuses.includes(s))
    : visibleStatuses;
  and.push({ status: { in: [...statuses] } });
  if (!filter) return { AND: and };

  const bpm = rangeWhere(filter.bpm, 'bpm', FILTER_RANGES.bpm);
  if (bpm) and.push({ bpm });
  const duration = rangeWhere(filter.durationSec, 'durationSec', FILTER_RANGES.durationSec);
  if (duration) and.push({ durationSec: duration });
  if (filter.releaseYear) {
    const years = rangeWhere(filter.releaseYear, 'releaseYear', FILTER_RANGES.releaseYear);
    const last = FILTER_RANGES.releaseYear.max;
    and.push({
      releaseDate: {
        ...(years?.gte != null ? { gte: yearStart(years.gte) } : {}),
        // Up to 9999 inclusive: every storable date, and year 10000 has no ISO 8601 form.
        ...(years?.lte != null && years.lte < last ? { lt: yearStart(years.lte + 1) } : {}),
      },
    });
  }
  if (filter.key != null) and.push({ musicalKey: normalizeKey(filter.key, 'filter.key') });
  if (filter.mode != null) and.push({ mode: filter.mode });
  if (filter.hasVocals != null) and.push({ hasVocals: filter.hasVocals });
  if (filter.explicit != null) and.push({ explicit: filter.explicit });
  if (filter.text != null && filter.text.trim() !== '') {
    // Literal substring: `%` finds titles with a percent sign, not every title.
    const text = escapeLike(filter.text.trim());
    and.push({
      OR: [
        { title: { contains: text, mode: 'insensitive' } },
        { artists: { some: { artist: { name: { contains: text, mode: 'insensitive' } } } } },
      ],
    });
  }
  if (filter.tags) {
    const any = await resolveTagRefs(db, filter.tags.any ?? [], 'filter.tags.any');
    if (any.length) and.push({ tags: { some: { tagId: { in: any.flat() } } } });
    for (const ids of await resolveTagRefs(db, filter.tags.all ?? [], 'filter.tags.all')) {
      and.push({ tags: { some: { tagId: { in: ids } } } });
    }
    const none = await resolveTagRefs(db, filter.tags.none ?? [], 'filter.tags.none');
    if (none.length) and.push({ tags: { none: { tagId: { in: none.flat() } } } });
  }
  if (filter.licence) {
    // The licence rule lives in one place, clearanceSql (search uses the same condition).
    const use = validateLicenceUse(filter.licence);
    const rows = await db.$queryRaw<Array<{ id: string }>>`
      SELECT t."id"::text FROM "track" t WHERE ${clearanceSql(Prisma.sql`t."id"`, use)}`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  return { AND: and };
}
