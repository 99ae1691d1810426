import type { Upload } from '../../generated/prisma/client.js';
import type { UploadPurpose } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { badInput, notFound } from '../../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The upload `id` as the caller may use it for `purpose`. A search upload is private: another
 * key (or an anonymous caller, for a key's upload) gets the same NOT_FOUND as for an id that
 * never existed, so ids cannot be probed. Expired uploads are gone even before the sweep.
 */
export async function uploadFor(
  db: Db,
  id: string,
  caller: { keyId: string | null },
  purpose: UploadPurpose,
  field = 'uploadId',
): Promise<Upload> {
  if (!UUID.test(id))
    throw badInput(`${field} must be the id POST /uploads answered, got ${JSON.stringify(id)}`, field);
  const upload = await db.upload.findUnique({ where: { id } });
  const visible =
    upload &&
    (upload.expiresAt === null || upload.expiresAt > new Date()) &&
    (upload.purpose === 'CATALOG' || upload.keyId === caller.keyId);
  if (!visible) throw notFound('Upload', id);
  if (upload.purpose !== purpose) {
    throw badInput(
      purpose === 'CATALOG'
        ? `${field}: upload ${id} is a search upload; catalog media is uploaded with POST /uploads?purpose=catalog`
        : `${field}: upload ${id} is catalog media; a search uploads with POST /uploads (purpose=search)`,
      field,
    );
  }
  return upload;
}
