import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { tracksMissingEmbedding, upsertEmbeddings } from '../db/vectors.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { EmbedderPool } from '../models/embedders.js';

export interface BackfillProgress {
  embedded: number;
  total: number;
}

/**
 * Embeds every track that has audio features but no embedding under `version`. Batched, and
 * resumable by construction: each batch commits on its own and the next run picks up only what
 * is still missing. Rows are written in the database's write order (by genre; see
 * tracksMissingEmbedding), and tracks added while it runs are picked up by a further pass.
 */
export async function embedMissingTracks(
  db: Db,
  embedders: EmbedderPool,
  version: Pick<ModelVersion, 'id' | 'path'>,
  options: { batch?: number; onProgress?: (p: BackfillProgress) => void; signal?: AbortSignal } = {},
): Promise<number> {
  const batch = options.batch ?? 128;
  const embedder = await embedders.get(version);
  let embedded = 0;
  let total = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const missing = await tracksMissingEmbedding(db, version.id);
    // A pass that wrote nothing would find the same list again (tracks that lost their features
    // or were deleted between the list and the write are not in the next one).
    if (missing.length === 0) break;
    total += missing.length;
    const embeddedBefore = embedded;
    for (let start = 0; start < missing.length; start += batch) {
      options.signal?.throwIfAborted();
      const ids = missing.slice(start, start + batch);
      const features = await db.mediaFeature.findMany({ where: { trackId: { in: ids }, kind: 'AUDIO' } });
      const byTrack = new Map(features.map((f) => [f.trackId!, f]));
      const ordered = ids.flatMap((id) => byTrack.get(id) ?? []);
      const vectors = await embedder.embedMusic(ordered.map(featureSequenceOf));
      embedded += await upsertEmbeddings(
        db,
        version.id,
        ordered.map((f, i) => ({ trackId: f.trackId!, embedding: vectors[i] })),
      );
      options.onProgress?.({ embedded, total });
    }
    if (embedded === embeddedBefore) break;
  }
  return embedded;
}
