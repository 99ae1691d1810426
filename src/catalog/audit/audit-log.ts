import type { AuditLog } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { badInput } from '../../errors.js';

export interface AuditQuery {
  trackId?: string | null;
  keyId?: string | null;
}

/**
 * A page of the audit log, newest first, of one track and/or one API key. Reading is all this
 * module does: the log is written by triggers only (migration 20261202040000) and the database
 * refuses to change it, so there is deliberately no function here that updates or deletes.
 */
export async function auditEntries(
  db: Db,
  query: AuditQuery,
  take: number,
  beforeId: bigint | null,
): Promise<AuditLog[]> {
  if (query.trackId == null && query.keyId == null) {
    throw badInput('auditLog needs trackId or keyId (or both)', 'trackId');
  }
  return db.auditLog.findMany({
    where: {
      ...(query.trackId != null ? { trackId: query.trackId } : {}),
      ...(query.keyId != null ? { apiKeyId: query.keyId } : {}),
      ...(beforeId != null ? { id: { lt: beforeId } } : {}),
    },
    orderBy: { id: 'desc' },
    take,
  });
}
