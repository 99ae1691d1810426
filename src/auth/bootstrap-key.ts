import type { Db } from '../db/client.js';
import { apiKeyPrefix, hashKey } from './api-keys.js';

export const BOOTSTRAP_KEY_NAME = 'bootstrap (VMR_BOOTSTRAP_ADMIN_KEY)';

/**
 * Registers VMR_BOOTSTRAP_ADMIN_KEY as an ADMIN key, so that a first admin exists without a CLI
 * opening the database (on the embedded database a CLI cannot while the server runs: the data
 * directory is locked). Further keys come from the createApiKey mutation. Idempotent; a key an
 * admin revoked stays revoked, whatever the environment says.
 */
export async function registerBootstrapAdminKey(
  db: Db,
  secret: string,
): Promise<'created' | 'present' | 'revoked'> {
  const prefix = apiKeyPrefix(secret);
  if (!prefix) {
    throw new RangeError(
      "VMR_BOOTSTRAP_ADMIN_KEY is not a key in this platform's format (vmr_<8 hex>_<43 base64url>); " +
        'make one with `npm run create-admin-key -- --generate`',
    );
  }
  const keyHash = hashKey(secret);
  const existing = await db.apiKey.findUnique({ where: { keyHash } });
  if (existing) return existing.revokedAt ? 'revoked' : 'present';
  await db.apiKey.create({ data: { name: BOOTSTRAP_KEY_NAME, role: 'ADMIN', prefix, keyHash } });
  return 'created';
}
