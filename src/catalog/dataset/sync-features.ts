import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import type { FeatureKind } from '../../generated/prisma/enums.js';
import { YT8M_MAX, YT8M_MIN, type FeatureSequence } from '../../ml/index.js';
import { featureBytes } from '../features.js';
import type { KindCounts } from './import-report.js';

type Tx = Prisma.TransactionClient;

/** media_feature.source of the rows a dataset import writes (and a new video's source of last resort). */
export const DATASET_FEATURE_SOURCE = 'dataset';
export const DATASET_EXTRACTOR = 'vmr-dataset';

export interface WantedFeature {
  /** The dataset id of the video or track, for the report. */
  owner: string;
  videoId: string | null;
  trackId: string | null;
  kind: FeatureKind;
  seq: FeatureSequence;
}

interface StoredFeature {
  id: string;
  video_id: string | null;
  track_id: string | null;
  kind: FeatureKind;
  dim: number;
  frames: number;
  dtype: string;
  quant_min: number | null;
  quant_max: number | null;
  md5: string;
}

const featureKey = (f: { videoId: string | null; trackId: string | null; kind: string }) =>
  f.videoId ? `v:${f.videoId}:${f.kind}` : `t:${f.trackId}:${f.kind}`;

/**
 * Creates or rewrites the media_feature rows whose bytes, dtype or shape differ from the
 * dataset's (compared by md5 computed in the database, so stored bytes are never fetched) and
 * returns the owners that changed. The bytes are stored as they are: uint8 stays uint8.
 */
export async function syncFeatures(
  tx: Tx,
  wanted: WantedFeature[],
  counts: KindCounts,
): Promise<Set<string>> {
  const changed = new Set<string>();
  if (!wanted.length) return changed;
  const videoIds = wanted.flatMap((w) => (w.videoId ? [w.videoId] : []));
  const trackIds = wanted.flatMap((w) => (w.trackId ? [w.trackId] : []));
  const stored = await tx.$queryRaw<StoredFeature[]>`
    SELECT id, video_id, track_id, kind::text AS kind, dim, frames, dtype::text AS dtype,
           quant_min, quant_max, md5(data) AS md5
      FROM media_feature
     WHERE video_id = ANY(${videoIds}::uuid[]) OR track_id = ANY(${trackIds}::uuid[])`;
  const byKey = new Map(
    stored.map((s) => [featureKey({ videoId: s.video_id, trackId: s.track_id, kind: s.kind }), s]),
  );
  const toCreate: Prisma.MediaFeatureCreateManyInput[] = [];
  for (const w of wanted) {
    const data = featureBytes(w.seq);
    const columns = {
      dim: w.seq.dim,
      frames: w.seq.frames,
      dtype: w.seq.dtype === 'uint8' ? ('UINT8' as const) : ('FLOAT32' as const),
      quantMin: w.seq.dtype === 'uint8' ? YT8M_MIN : null,
      quantMax: w.seq.dtype === 'uint8' ? YT8M_MAX : null,
    };
    const s = byKey.get(featureKey(w));
    if (!s) {
      toCreate.push({
        videoId: w.videoId,
        trackId: w.trackId,
        kind: w.kind,
        extractor: DATASET_EXTRACTOR,
        source: DATASET_FEATURE_SOURCE,
        data,
        ...columns,
      });
      changed.add(w.owner);
      continue;
    }
    const same =
      s.md5 === createHash('md5').update(data).digest('hex') &&
      s.dim === columns.dim &&
      s.frames === columns.frames &&
      s.dtype === columns.dtype &&
      s.quant_min === columns.quantMin &&
      s.quant_max === columns.quantMax;
    if (same) {
      counts.unchanged += 1;
      continue;
    }
    await tx.mediaFeature.update({
      where: { id: s.id },
      data: { ...columns, data, extractor: DATASET_EXTRACTOR, source: DATASET_FEATURE_SOURCE },
    });
    counts.updated += 1;
    changed.add(w.owner);
  }
  if (toCreate.length) counts.created += (await tx.mediaFeature.createMany({ data: toCreate })).count;
  return changed;
}
