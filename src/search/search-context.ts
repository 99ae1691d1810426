import type { LicenceTerm, Tag, Track } from '../generated/prisma/client.js';
import type { ApiRole, TrackStatus } from '../generated/prisma/enums.js';
import type { AppConfig } from '../config.js';
import type { Db } from '../db/client.js';
import type { LicenceUse } from '../catalog/licence-use.js';

/** A batching loader, as DataLoader provides (the domain needs only `load`). */
export interface Loader<K, V> {
  load(key: K): Promise<V>;
}

/**
 * What a search needs from its caller: the database, the statuses this caller may see, the
 * scan settings, and per-request loaders for the page's tracks and explanations. The GraphQL
 * context satisfies it; a CLI or a test can build one without GraphQL.
 */
export interface SearchContext {
  db: Db;
  visible: readonly TrackStatus[];
  /** The caller's role: takedowns reach a search only when an EDITOR or ADMIN asks by status. */
  viewer: { role: ApiRole | null };
  config: Pick<AppConfig, 'searchParallelScans' | 'embeddedDatabase' | 'searchExact'>;
  loaders: {
    track: Loader<string, Track>;
    tagWeightsByTrack: Loader<string, ReadonlyArray<{ tag: Tag; weight: number }>>;
    qualifyingLicence(use: LicenceUse): Loader<string, LicenceTerm | null>;
  };
}
