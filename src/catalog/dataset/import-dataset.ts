import type { PairSplit } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import {
  loadDatasetFromDisk,
  type DatasetVideo,
  type FeatureSequence,
  type TrainingDataset,
} from '../../ml/index.js';
import { checkFeatures, type FeatureRole } from '../media-features.js';
import { catalogMetaOf, type CatalogDatasetMeta } from './catalog-meta.js';
import { emptyKindCounts, type DatasetImportReport } from './import-report.js';
import { DATASET_FEATURE_SOURCE } from './sync-features.js';
import { writePairs } from './write-pairs.js';
import { writeTracks } from './write-tracks.js';
import { writeVideos } from './write-videos.js';

/*
 * A vmr-dataset/1 directory into the catalog:
 *   track  matched by externalId = dataset id, else by the ISRC in meta.catalog.tracks; a new one
 *          gets the meta title (else the id), the meta ISRC (else a synthetic ZZ code), and
 *          durationSec = frames of its audio; its AUDIO media_feature (source 'dataset')
 *   video  matched by externalId = dataset id; text cues; VISUAL and AUDIO media_feature rows
 *   pair   video_music_pair with the dataset's split, source = the dataset name
 * The dataset is authoritative for what it carries (features, text cues, splits, durations); a
 * matched track keeps its title and ISRC, a matched video its source: editors own those.
 * Writes go in batches, each its own transaction, so the embedded single-connection database is
 * never held for long; a re-import compares everything first and writes nothing.
 */

export type { DatasetImportReport, KindCounts } from './import-report.js';
export { DATASET_EXTRACTOR, DATASET_FEATURE_SOURCE } from './sync-features.js';

export interface DatasetImportOptions {
  /** Rows per transaction (default 500); a batch is also cut at 32 MiB of feature bytes. */
  batchSize?: number;
  onProgress?: (progress: { phase: 'tracks' | 'videos' | 'pairs'; done: number; total: number }) => void;
}

const MAX_BATCH_BYTES = 32 * 2 ** 20;
const SPLIT: Record<string, PairSplit> = { train: 'TRAIN', val: 'VALIDATION', test: 'TEST' };
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

export async function importDatasetDir(
  db: Db,
  dir: string,
  options: DatasetImportOptions = {},
): Promise<DatasetImportReport> {
  return importDataset(db, await loadDatasetFromDisk(dir), options);
}

export async function importDataset(
  db: Db,
  ds: TrainingDataset,
  options: DatasetImportOptions = {},
): Promise<DatasetImportReport> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${options.batchSize}`);
  const meta = catalogMetaOf(ds);
  checkDataset(ds);
  const report: DatasetImportReport = {
    name: ds.name,
    tracks: emptyKindCounts(),
    videos: emptyKindCounts(),
    pairs: emptyKindCounts(),
    features: emptyKindCounts(),
  };
  const trackIds = new Map<string, string>(); // dataset id -> track.id
  const videoIds = new Map<string, string>(); // dataset id -> video.id

  for (const [done, batch] of batches(ds.tracks, batchSize, (t) => t.audio.data.byteLength)) {
    await db.$transaction((tx) => writeTracks(tx, batch, meta, trackIds, report), TX_OPTIONS);
    options.onProgress?.({ phase: 'tracks', done, total: ds.tracks.length });
  }
  const videoBytes = (v: DatasetVideo) => (v.visual?.data.byteLength ?? 0) + (v.audio?.data.byteLength ?? 0);
  for (const [done, batch] of batches(ds.videos, batchSize, videoBytes)) {
    await db.$transaction((tx) => writeVideos(tx, batch, ds, meta, videoIds, report), TX_OPTIONS);
    options.onProgress?.({ phase: 'videos', done, total: ds.videos.length });
  }
  for (const [done, batch] of batches(ds.pairs, batchSize, () => 0)) {
    const rows = batch.map((p) => ({
      videoId: videoIds.get(p.videoId)!,
      trackId: trackIds.get(p.trackId)!,
      split: SPLIT[p.split]!,
      source: pairSource(ds, meta, p.videoId, p.trackId),
    }));
    await db.$transaction((tx) => writePairs(tx, rows, report.pairs), TX_OPTIONS);
    options.onProgress?.({ phase: 'pairs', done, total: ds.pairs.length });
  }
  return report;
}

/** Everything that would fail half-way through the import, checked before the first write. */
function checkDataset(ds: TrainingDataset): void {
  const tracks = new Set<string>();
  for (const t of ds.tracks) {
    if (tracks.has(t.id))
      throw new RangeError(`dataset ${ds.name}: duplicate track id ${JSON.stringify(t.id)}`);
    tracks.add(t.id);
    check(t.audio, 'trackAudio', `track ${t.id} audio`);
  }
  const videos = new Set<string>();
  for (const v of ds.videos) {
    if (videos.has(v.id))
      throw new RangeError(`dataset ${ds.name}: duplicate video id ${JSON.stringify(v.id)}`);
    videos.add(v.id);
    if (v.visual) check(v.visual, 'videoVisual', `video ${v.id} visual`);
    if (v.audio) check(v.audio, 'videoAudio', `video ${v.id} audio`);
  }
  const pairs = new Set<string>();
  for (const p of ds.pairs) {
    if (!videos.has(p.videoId))
      throw new RangeError(
        `dataset ${ds.name}: a pair references unknown video ${JSON.stringify(p.videoId)}`,
      );
    if (!tracks.has(p.trackId))
      throw new RangeError(
        `dataset ${ds.name}: a pair references unknown track ${JSON.stringify(p.trackId)}`,
      );
    if (!SPLIT[p.split])
      throw new RangeError(
        `dataset ${ds.name}: pair ${p.videoId}/${p.trackId} has unknown split ${JSON.stringify(p.split)}`,
      );
    const key = JSON.stringify([p.videoId, p.trackId]);
    if (pairs.has(key)) throw new RangeError(`dataset ${ds.name}: duplicate pair ${p.videoId}/${p.trackId}`);
    pairs.add(key);
  }
}

function check(seq: FeatureSequence, role: FeatureRole, field: string): void {
  try {
    checkFeatures(seq, role, field);
  } catch (error) {
    throw new RangeError(`dataset: ${(error as Error).message}`);
  }
}

/** Slices of at most `size` items and `MAX_BATCH_BYTES` feature bytes, with the running count. */
function* batches<T>(
  items: readonly T[],
  size: number,
  bytes: (item: T) => number,
): Generator<[number, T[]]> {
  let batch: T[] = [];
  let batchBytes = 0;
  let done = 0;
  for (const item of items) {
    batch.push(item);
    batchBytes += bytes(item);
    if (batch.length >= size || batchBytes >= MAX_BATCH_BYTES) {
      done += batch.length;
      yield [done, batch];
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length) yield [done + batch.length, batch];
}

function pairSource(
  ds: TrainingDataset,
  meta: CatalogDatasetMeta,
  videoId: string,
  trackId: string,
): string | null {
  const override = meta.pairSources?.[videoId];
  if (override && Object.hasOwn(override, trackId)) return override[trackId] ?? null;
  return ds.name || DATASET_FEATURE_SOURCE;
}
