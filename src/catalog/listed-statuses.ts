import type { ApiRole, TrackStatus } from '../generated/prisma/enums.js';

/** What returns tracks: a catalog listing (and its counts and facets), or a search. */
export type StatusScope = 'listing' | 'search';

/**
 * The one visibility rule for everything that returns tracks in bulk: listings and their
 * totalCount, trackFacets, Tag.trackCount and every search (both SQL compilers, trackFilterSql
 * and searchFilterSql, call it). docs/rights.md, Visibility.
 *
 * - Without an explicit status filter: ACTIVE only, for every caller. HIDDEN, TAKEN_DOWN and
 *   TRAINING_ONLY tracks are not catalog content, whatever the caller's role: an admin's catalog
 *   page shows the catalog, not the 3300 synthetic training tracks.
 * - A status filter narrows `visible`, the statuses the caller may see at all (auth/roles.ts:
 *   anonymous ACTIVE, any key every status), so a key holder can ask for the others by name.
 * - A takedown is the absence of a valid deal (DOMAIN.md): a search, which is what a front end
 *   shows to end users, returns TAKEN_DOWN only to an EDITOR or ADMIN who asks for it, to review
 *   takedowns. `role` undefined is an internal caller naming the statuses itself (tests, bench).
 *
 * Fetching one track by id (track, node) is not a listing: it answers by `visible` alone.
 */
export function listedStatuses(
  requested: readonly TrackStatus[] | null | undefined,
  visible: readonly TrackStatus[],
  scope: StatusScope,
  role?: ApiRole | null,
): TrackStatus[] {
  if (!requested?.length) return visible.includes('ACTIVE') ? ['ACTIVE'] : [];
  const reviewer = role === undefined || role === 'EDITOR' || role === 'ADMIN';
  return visible.filter(
    (s) => requested.includes(s) && (scope === 'listing' || s !== 'TAKEN_DOWN' || reviewer),
  );
}
