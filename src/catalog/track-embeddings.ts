import type { Db } from '../db/client.js';
import type { TrackEmbeddingStatus } from './track-media.js';

/**
 * Track.embeddings for a batch of tracks, in two statements whatever the batch size: one entry
 * per version that serves or is being built (the active version and versions whose training
 * run is embedding the catalog) and per version holding an embedding of the track. A track with
 * features but no row under such a version is PENDING: the backfill of that version (first
 * start, `npm run embed`, a training job) will embed it.
 */
export async function embeddingStatuses(
  db: Db,
  tracks: ReadonlyArray<{ trackId: string; hasFeatures: boolean }>,
): Promise<TrackEmbeddingStatus[][]> {
  const [serving, rows] = await Promise.all([
    db.modelVersion.findMany({
      where: { OR: [{ status: 'ACTIVE' }, { producedBy: { some: { status: 'EMBEDDING' } } }] },
      orderBy: { createdAt: 'asc' },
    }),
    db.trackEmbedding.findMany({
      where: { trackId: { in: tracks.map((t) => t.trackId) } },
      select: { trackId: true, createdAt: true, modelVersion: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  return tracks.map(({ trackId, hasFeatures }) => {
    const statuses = new Map<string, TrackEmbeddingStatus>();
    for (const version of serving) {
      statuses.set(version.id, {
        modelVersion: version,
        state: hasFeatures ? 'PENDING' : 'NO_FEATURES',
        embeddedAt: null,
      });
    }
    for (const row of rows) {
      if (row.trackId !== trackId) continue;
      statuses.set(row.modelVersion.id, {
        modelVersion: row.modelVersion,
        state: 'EMBEDDED',
        embeddedAt: row.createdAt,
      });
    }
    return [...statuses.values()];
  });
}
