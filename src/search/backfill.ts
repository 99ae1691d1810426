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
 * is still missing.
 */
export async function embedMissingTracks(
  db: Db,
  embedders: EmbedderPool,
  version: Pick<ModelVersion, 'id' | 'path'>,
  options: { batch?: number; onProgress?: (p: BackfillProgress) => void; signal?: AbortSignal } = {},
): Promise<number> {
  const batch = options.batch ?? 128;
  const embedder = await embedders.get(version);
  const [{ n: total }] = await db.$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS n FROM "media_feature" f
    WHERE f."kind" = 'AUDIO' AND f."track_id" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "track_embedding" e WHERE e."track_id" = f."track_id" AND e."model_version_id" = ${version.id}::uuid)`;
  let embedded = 0;
  let after: string | null = null;
  for (;;) {
    options.signal?.throwIfAborted();
    const ids = await tracksMissingEmbedding(db, version.id, batch, after);
    if (ids.length === 0) break;
    const features = await db.mediaFeature.findMany({ where: { trackId: { in: ids }, kind: 'AUDIO' } });
    const vectors = await embedder.embedMusic(features.map(featureSequenceOf));
    await upsertEmbeddings(
      db,
      version.id,
      features.map((f, i) => ({ trackId: f.trackId!, embedding: vectors[i] })),
    );
    embedded += ids.length;
    after = ids[ids.length - 1];
    options.onProgress?.({ embedded, total });
  }
  return embedded;
}
