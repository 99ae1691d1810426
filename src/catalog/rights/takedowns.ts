import type { ApiRole, TrackStatus } from '../../generated/prisma/enums.js';

/**
 * The statuses a search may return. A takedown removes a track from every search for every
 * caller (DOMAIN.md: a takedown is the absence of a valid deal), whatever the caller's
 * visibility: key holders see HIDDEN and TAKEN_DOWN tracks by id and in listings, but a search
 * is what a front end shows to end users. Only an EDITOR or ADMIN who asks for TAKEN_DOWN in an
 * explicit status filter gets them back, to review takedowns. A status filter only narrows
 * `visible`.
 */
export function searchStatuses(
  requested: readonly TrackStatus[] | null | undefined,
  visible: readonly TrackStatus[],
  role: ApiRole | null,
): TrackStatus[] {
  const reviewer = role === 'EDITOR' || role === 'ADMIN';
  if (requested?.length) {
    return visible.filter((s) => requested.includes(s) && (s !== 'TAKEN_DOWN' || reviewer));
  }
  return visible.filter((s) => s !== 'TAKEN_DOWN');
}
