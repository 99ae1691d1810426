import type { ModelVersion, Prisma, Track } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { upsertEmbeddings } from '../db/vectors.js';
import { checkFeatures, featureRowData } from '../catalog/media-features.js';
import { badInput, notFound } from '../errors.js';
import type { FeatureSequence } from '../ml/index.js';
import type { EmbedderPool } from '../models/embedders.js';
import { embedOrBadInput } from './query-vector.js';
import { assertSameFrontEnd, modelFrontEnd } from '../media/front-end.js';
import type { ModelManifest } from '../ml/index.js';

/**
 * The versions a track's music embedding must exist under for it to be found: the active one,
 * any version a running training job is embedding (its backfill may already have passed this
 * track), and any other version that holds an embedding of it (a rollback target; its copy
 * would otherwise describe features the track no longer has).
 */
async function versionsToEmbed(db: Db, trackId: string | null): Promise<ModelVersion[]> {
  const [active, embedding, holding] = await Promise.all([
    db.modelVersion.findMany({ where: { status: 'ACTIVE' } }),
    db.trainingRun.findMany({
      where: { status: 'EMBEDDING', modelVersionId: { not: null } },
      select: { modelVersion: true },
    }),
    trackId
      ? db.modelVersion.findMany({ where: { status: { not: 'FAILED' }, embeddings: { some: { trackId } } } })
      : [],
  ]);
  const all = [...active, ...embedding.flatMap((r) => r.modelVersion ?? []), ...holding];
  return [...new Map(all.map((v) => [v.id, v])).values()];
}

/** A track's music embedding under one model version, computed before anything is written. */
export interface TrackAudioEmbedding {
  versionId: string;
  vector: Float32Array;
}

/**
 * Embeds checked music features under every version that serves or will serve the track
 * (`trackId` null: a track not yet written, so only the active and embedding versions).
 * Encoder errors are BAD_USER_INPUT naming `features`. `frontEnd` is the features' front end
 * (null: unspecified); a version trained on another one refuses them (FRONT_END_MISMATCH)
 * before anything is embedded.
 */
export async function embedTrackAudio(
  db: Db,
  embedders: EmbedderPool,
  trackId: string | null,
  seq: FeatureSequence,
  frontEnd: string | null = null,
): Promise<TrackAudioEmbedding[]> {
  const versions = await versionsToEmbed(db, trackId);
  for (const version of versions)
    assertSameFrontEnd(
      frontEnd,
      modelFrontEnd(version.manifest as unknown as ModelManifest, 'audio'),
      'features',
    );
  const embedded: TrackAudioEmbedding[] = [];
  for (const version of versions) {
    const embedder = await embedders.get(version).catch((error: unknown) => {
      // A retired version whose files are gone cannot serve again; its stale row is dropped below.
      if (version.status === 'ACTIVE') throw error;
      return null;
    });
    if (!embedder) continue;
    const [vector] = await embedOrBadInput(() => embedder.embedMusic([seq]), 'features');
    if (!vector!.every(Number.isFinite))
      throw badInput('features: these features give a non-finite embedding', 'features');
    embedded.push({ versionId: version.id, vector: vector! });
  }
  return embedded;
}

/**
 * Writes a track's music feature row and its embeddings inside the caller's transaction, so a
 * caller that writes more (media ingest: the track itself, its estimates, the job) keeps it all
 * or nothing.
 */
export async function writeTrackAudio(
  tx: Prisma.TransactionClient,
  trackId: string,
  row: ReturnType<typeof featureRowData>,
  embedded: readonly TrackAudioEmbedding[],
): Promise<void> {
  // The row's front end against every version embedding it, again here: the write is the last
  // point before features of one front end would sit under a model trained on another.
  if (row.frontEnd && embedded.length) {
    const versions = await tx.modelVersion.findMany({
      where: { id: { in: embedded.map((e) => e.versionId) } },
      select: { manifest: true },
    });
    for (const v of versions)
      assertSameFrontEnd(
        row.frontEnd,
        modelFrontEnd(v.manifest as unknown as ModelManifest, 'audio'),
        'features',
      );
  }
  await tx.mediaFeature.upsert({
    where: { trackId_kind: { trackId, kind: row.kind } },
    create: { ...row, trackId },
    update: row,
  });
  await tx.trackEmbedding.deleteMany({
    where: { trackId, modelVersionId: { notIn: embedded.map((e) => e.versionId) } },
  });
  for (const e of embedded) await upsertEmbeddings(tx, e.versionId, [{ trackId, embedding: e.vector }]);
}

/**
 * setTrackAudioFeatures: stores the track's per-second music features and embeds them under
 * every version that serves or will serve the track, so the track is searchable when this
 * returns. The embeddings are computed before anything is written, and the features and the
 * embeddings are written in one transaction: bad input or a failed encoder writes nothing.
 */
export async function setTrackAudioFeatures(
  db: Db,
  embedders: EmbedderPool,
  trackId: string,
  features: FeatureSequence,
  source = 'api',
  frontEnd: string | null = null,
): Promise<Track> {
  const track = await db.track.findUnique({ where: { id: trackId } });
  if (!track) throw notFound('Track', trackId);
  const seq = checkFeatures(features, 'trackAudio', 'features');
  const embedded = await embedTrackAudio(db, embedders, trackId, seq, frontEnd);
  const row = featureRowData(seq, 'trackAudio', source, source, frontEnd);
  await db.$transaction((tx) => writeTrackAudio(tx, trackId, row, embedded));
  return track;
}

/** clearTrackAudioFeatures: the track's music features and all its embeddings go, together. */
export async function clearTrackAudioFeatures(db: Db, trackId: string): Promise<Track> {
  const track = await db.track.findUnique({ where: { id: trackId } });
  if (!track) throw notFound('Track', trackId);
  await db.$transaction([
    db.mediaFeature.deleteMany({ where: { trackId, kind: 'AUDIO' } }),
    db.trackEmbedding.deleteMany({ where: { trackId } }),
  ]);
  return track;
}
