import { TrackStatus, type ApiRole } from '../generated/prisma/enums.js';
import { clientError, ErrorCode } from '../errors.js';
import type { Viewer } from './api-keys.js';

const RANK: Record<ApiRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for keys below `role`. */
export function requireRole(viewer: Viewer, role: ApiRole, action: string): void {
  if (!viewer.role)
    throw clientError(ErrorCode.UNAUTHENTICATED, `${action} needs an API key with role ${role} or higher`);
  if (RANK[viewer.role] < RANK[role]) {
    throw clientError(
      ErrorCode.FORBIDDEN,
      `${action} needs role ${role} or higher; this key has ${viewer.role}`,
    );
  }
}

const ALL_STATUSES: readonly TrackStatus[] = Object.values(TrackStatus);
const PUBLIC_STATUSES: readonly TrackStatus[] = ['ACTIVE'];

/**
 * The statuses a caller may see at all: anonymous (public) callers only ever see ACTIVE tracks;
 * any key may fetch a track of any status by id. What a listing or search returns is narrower,
 * ACTIVE unless the filter asks for more: catalog/listed-statuses.ts.
 */
export function visibleStatuses(viewer: Viewer): readonly TrackStatus[] {
  return viewer.role ? ALL_STATUSES : PUBLIC_STATUSES;
}
