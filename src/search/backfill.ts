import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { tracksMissingEmbedding, upsertEmbeddings } from '../db/vectors.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { EmbedderPool } from '../models/embedders.js';
import { clientError, ErrorCode } from '../errors.js';
import { modelFrontEnd } from '../media/front-end.js';

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
  await refuseOtherFrontEnds(db, version, modelFrontEnd(embedder.manifest, 'audio'));
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

/**
 * A model trained on one audio front end cannot embed another's features (src/media/front-end.ts):
 * the backfill refuses, before embedding anything, when any track's features were computed by a
 * different front end. Unrecorded front ends (legacy features, or a legacy model) are accepted.
 */
async function refuseOtherFrontEnds(
  db: Db,
  version: Pick<ModelVersion, 'id' | 'path'>,
  frontEnd: string | null,
): Promise<void> {
  if (frontEnd === null) return;
  const others = await db.mediaFeature.groupBy({
    by: ['frontEnd'],
    where: { kind: 'AUDIO', trackId: { not: null }, frontEnd: { not: null, notIn: [frontEnd] } },
    _count: { _all: true },
  });
  if (others.length === 0) return;
  const list = others.map((o) => `${o._count._all} from ${o.frontEnd}`).join(', ');
  throw clientError(
    ErrorCode.BAD_USER_INPUT,
    `backfill: model ${version.path} was trained on audio front end ${frontEnd}, but tracks have features of another (${list}); extract their audio again with ${frontEnd}, or train a model on theirs`,
    {
      reason: 'FRONT_END_MISMATCH',
      modelFrontEnd: frontEnd,
      featuresFrontEnds: others.map((o) => o.frontEnd),
    },
  );
}
