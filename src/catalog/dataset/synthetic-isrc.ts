import { createHash } from 'node:crypto';

/**
 * A deterministic ISRC for a dataset track that ships none. `ZZ` stands where the country code
 * would be: no national ISRC agency issues it, so it marks the code as made up by the import.
 * The 10 characters after it keep ISRC syntax (3 uppercase alphanumerics, 7 digits) so the
 * catalog's validator accepts them, and come from sha256 of the external id; `attempt` > 0
 * rehashes after a clash with a code another track already holds.
 */
export function syntheticIsrc(externalId: string, attempt = 0): string {
  const digest = createHash('sha256')
    .update(attempt === 0 ? `vmr-dataset:${externalId}` : `vmr-dataset:${externalId}#${attempt}`)
    .digest();
  const registrant = (digest.readUInt32BE(0) % 36 ** 3).toString(36).toUpperCase().padStart(3, '0');
  const designation = String(digest.readUInt32BE(4) % 10 ** 7).padStart(7, '0');
  return `ZZ${registrant}${designation}`;
}
