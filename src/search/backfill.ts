import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { tracksMissingEmbedding, upsertEmbeddings } from '../db/vectors.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { EmbedderPool } from '../models/embedders.js';
import { modelFrontEnd, SYNTHETIC_FRONT_END } from '../media/front-end.js';

export interface BackfillProgress {
  embedded: number;
  total: number;
}

/**
 * Embeds every track that has audio features but no embedding under `version`. Batched, and
 * resumable by construction: each batch commits on its own and the next run picks up only what
 * is still missing. Rows are written in the database's write order (by genre; see
 * tracksMissingEmbedding), and tracks added while it runs are picked up by a further pass.
 * Tracks of a front end the version cannot read are left out (embeddableFrontEnd).
 */
export async function embedMissingTracks(
  db: Db,
  embedders: EmbedderPool,
  version: Pick<ModelVersion, 'id' | 'path'>,
  options: {
    batch?: number;
    onProgress?: (p: BackfillProgress) => void;
    signal?: AbortSignal;
    log?: (message: string) => void;
  } = {},
): Promise<number> {
  const batch = options.batch ?? 128;
  const embedder = await embedders.get(version);
  const frontEnd = embeddableFrontEnd(modelFrontEnd(embedder.manifest, 'audio'));
  if (frontEnd !== null) {
    const others = await tracksOfOtherFrontEnds(db, frontEnd);
    if (others.length)
      options.log?.(
        `backfill: model ${version.path} reads front end ${frontEnd}; left out ${others.map((o) => `${o.tracks} tracks of ${o.frontEnd}`).join(', ')}`,
      );
  }
  let embedded = 0;
  let total = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const missing = await tracksMissingEmbedding(db, version.id, frontEnd);
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

/**
 * Tracks whose audio features come from a front end the version cannot read (src/media/front-end.ts):
 * the backfill leaves them out rather than refusing the whole catalog, so a model trained on one
 * front end can serve a catalog that also holds another's tracks; they stay unsearchable under
 * it, and ModelVersion.unfamiliarTracks counts them. Null: the version reads every front end.
 */
export function embeddableFrontEnd(modelFrontEndKey: string | null): string | null {
  return modelFrontEndKey === null || modelFrontEndKey === SYNTHETIC_FRONT_END ? null : modelFrontEndKey;
}

/** Tracks with audio features of a front end other than `frontEnd`, counted per front end. */
export async function tracksOfOtherFrontEnds(
  db: Db,
  frontEnd: string,
): Promise<{ frontEnd: string; tracks: number }[]> {
  const others = await db.mediaFeature.groupBy({
    by: ['frontEnd'],
    where: { kind: 'AUDIO', trackId: { not: null }, frontEnd: { not: null, notIn: [frontEnd] } },
    _count: { _all: true },
  });
  return others.map((o) => ({ frontEnd: o.frontEnd!, tracks: o._count._all }));
}
