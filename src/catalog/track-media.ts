import type { ModelVersion } from '../generated/prisma/client.js';

/** A track's embedding state under one model version (Track.embeddings). */
export interface TrackEmbeddingStatus {
  modelVersion: ModelVersion;
  state: 'EMBEDDED' | 'PENDING' | 'NO_FEATURES';
  embeddedAt: Date | null;
}
