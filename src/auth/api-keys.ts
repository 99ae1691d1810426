import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey } from '../generated/prisma/client.js';
import type { ApiRole } from '../generated/prisma/enums.js';
import type { Db } from '../db/client.js';
import { clientError, ErrorCode, notFound } from '../errors.js';
import { nonEmpty } from '../catalog/validation.js';

/**
 * Keys look like `vmr_<prefix>_<secret>`. Only the sha256 of the whole key is stored: the secret
 * has 256 bits of entropy, so a fast hash is as safe as a slow one and keeps every request cheap.
 * The prefix is stored in clear so admins can tell keys apart.
 */
const KEY_FORMAT = /^vmr_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** A new key's secret, in the format above; nothing is stored. */
export function generateApiKeySecret(): { prefix: string; secret: string } {
  const prefix = randomBytes(4).toString('hex');
  return { prefix, secret: `vmr_${prefix}_${randomBytes(32).toString('base64url')}` };
}

/** The prefix of a well-formed key, or null. */
export function apiKeyPrefix(secret: string): string | null {
  return KEY_FORMAT.exec(secret)?.[1] ?? null;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createApiKey(
  db: Db,
  name: string,
  role: ApiRole,
): Promise<{ apiKey: ApiKey; secret: string }> {
  const { prefix, secret } = generateApiKeySecret();
  const apiKey = await db.apiKey.create({
    data: { name: nonEmpty(name, 'name', 100), role, prefix, keyHash: hashKey(secret) },
  });
  return { apiKey, secret };
}

export async function revokeApiKey(db: Db, id: string): Promise<ApiKey> {
  const key = await db.apiKey.findUnique({ where: { id } });
  if (!key) throw notFound('ApiKey', id);
  return key.revokedAt ? key : db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
}

export interface Viewer {
  role: ApiRole | null;
  keyId: string | null;
  keyName: string | null;
}

// Apollo turns `extensions.http` of an error thrown while building the context into the status.
const UNAUTHORIZED_HTTP = { http: { status: 401 } };

export const ANONYMOUS: Viewer = { role: null, keyId: null, keyName: null };

/**
 * Resolves the caller from an Authorization header. No header: anonymous. A header that is not a
 * valid, unrevoked key is an error rather than a silent downgrade to anonymous, so a client with
 * a typo'd key learns at once.
 */
export async function authenticate(db: Db, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match || !KEY_FORMAT.test(match[1])) {
    throw clientError(
      ErrorCode.UNAUTHENTICATED,
      'Authorization must be "Bearer <api key>" with a key issued by this platform',
      UNAUTHORIZED_HTTP,
    );
  }
  const key = await db.apiKey.findUnique({ where: { keyHash: hashKey(match[1]) } });
  if (!key || key.revokedAt)
    throw clientError(ErrorCode.UNAUTHENTICATED, 'The API key is unknown or revoked', UNAUTHORIZED_HTTP);
  // Record use at most once a minute: a write per request would cost more than it tells.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { role: key.role, keyId: key.id, keyName: key.name };
}
