import type { Db } from '../../db/client.js';
import {
  writeDatasetToDisk,
  type DatasetPair,
  type DatasetTrack,
  type DatasetVideo,
  type FeatureSequence,
  type TrainingDataset,
} from '../../ml/index.js';
import { featureSequenceOf } from '../features.js';
import type { CatalogDatasetMeta } from './catalog-meta.js';

/*
 * The catalog's video-music pairs out as a vmr-dataset/1 directory that `npm run train -- --data`
 * reads. Ids are the external ids where set, else the database ids. The output is a function of
 * the catalog rows alone: ids sorted (by UTF-16 code units, not locale), objects built in a fixed
 * key order, no timestamps. meta.catalog carries the ISRCs, titles and sources, so
 * export → import into an empty catalog → export gives byte-identical files.
 */

export const DEFAULT_EXPORT_NAME = 'catalog';

export interface DatasetExportOptions {
  /** Only pairs with one of these sources (all pairs when empty or absent). */
  sources?: readonly string[];
  /** The dataset's name; default: the pairs' source when they share one, else 'catalog'. */
  name?: string;
}

export interface DatasetExportReport {
  name: string;
  videos: number;
  tracks: number;
  pairs: number;
  /** Pairs left out because the video has no VISUAL or the track no AUDIO feature. */
  skippedPairs: number;
  splits: Record<'train' | 'val' | 'test', number>;
}

const SPLIT = { TRAIN: 'train', VALIDATION: 'val', TEST: 'test' } as const;
const CHUNK = 2000;
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function inChunks<T>(ids: string[], fetch: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await fetch(ids.slice(i, i + CHUNK))));
  return out;
}

/** Builds the dataset in memory (see exportDatasetToDir for writing it). */
export async function exportDataset(
  db: Db,
  options: DatasetExportOptions = {},
): Promise<{ dataset: TrainingDataset; report: DatasetExportReport }> {
  const sources = options.sources?.length ? [...options.sources] : null;
  const pairs = await db.videoMusicPair.findMany({
    where: sources ? { source: { in: sources } } : {},
    select: { videoId: true, trackId: true, split: true, source: true },
  });
  const videoDbIds = [...new Set(pairs.map((p) => p.videoId))];
  const trackDbIds = [...new Set(pairs.map((p) => p.trackId))];
  const videos = await inChunks(videoDbIds, (chunk) =>
    db.video.findMany({
      where: { id: { in: chunk } },
      select: { id: true, externalId: true, source: true, title: true, onScreenText: true, captions: true },
    }),
  );
  const tracks = await inChunks(trackDbIds, (chunk) =>
    db.track.findMany({
      where: { id: { in: chunk } },
      select: { id: true, externalId: true, isrc: true, title: true },
    }),
  );
  const featureSelect = {
    videoId: true,
    trackId: true,
    kind: true,
    data: true,
    dim: true,
    frames: true,
    dtype: true,
  };
  const videoFeatures = await inChunks(videoDbIds, (chunk) =>
    db.mediaFeature.findMany({ where: { videoId: { in: chunk } }, select: featureSelect }),
  );
  const trackFeatures = await inChunks(trackDbIds, (chunk) =>
    db.mediaFeature.findMany({ where: { trackId: { in: chunk }, kind: 'AUDIO' }, select: featureSelect }),
  );
  const visual = new Map<string, FeatureSequence>();
  const videoAudio = new Map<string, FeatureSequence>();
  for (const f of videoFeatures)
    (f.kind === 'VISUAL' ? visual : videoAudio).set(f.videoId!, featureSequenceOf(f));
  const music = new Map(trackFeatures.map((f) => [f.trackId!, featureSequenceOf(f)]));

  const videoOut = new Map(videos.map((v) => [v.id, { ...v, out: v.externalId ?? v.id }]));
  const trackOut = new Map(tracks.map((t) => [t.id, { ...t, out: t.externalId ?? t.id }]));
  assertUnique(
    [...videoOut.values()].map((v) => v.out),
    'video',
  );
  assertUnique(
    [...trackOut.values()].map((t) => t.out),
    'track',
  );

  const kept = pairs.filter((p) => visual.has(p.videoId) && music.has(p.trackId));
  const sharedSources = [...new Set(kept.map((p) => p.source))];
  const name =
    options.name ??
    (sharedSources.length === 1 && sharedSources[0]
      ? sharedSources[0]
      : sources?.length === 1
        ? sources[0]
        : null) ??
    DEFAULT_EXPORT_NAME;

  const datasetPairs: (DatasetPair & { source: string | null })[] = kept
    .map((p) => ({
      videoId: videoOut.get(p.videoId)!.out,
      trackId: trackOut.get(p.trackId)!.out,
      split: SPLIT[p.split],
      source: p.source,
    }))
    .sort((a, b) => byCodeUnits(a.videoId, b.videoId) || byCodeUnits(a.trackId, b.trackId));
  const keptVideos = [...new Set(kept.map((p) => p.videoId))]
    .map((id) => videoOut.get(id)!)
    .sort((a, b) => byCodeUnits(a.out, b.out));
  const keptTracks = [...new Set(kept.map((p) => p.trackId))]
    .map((id) => trackOut.get(id)!)
    .sort((a, b) => byCodeUnits(a.out, b.out));

  const datasetVideos: DatasetVideo[] = keptVideos.map((v) => {
    const audio = videoAudio.get(v.id);
    return {
      id: v.out,
      visual: visual.get(v.id)!,
      ...(audio ? { audio } : {}),
      text: {
        title: v.title,
        ...(v.onScreenText !== null ? { onScreenText: v.onScreenText } : {}),
        ...(v.captions !== null ? { captions: v.captions } : {}),
      },
    };
  });
  const datasetTracks: DatasetTrack[] = keptTracks.map((t) => ({ id: t.out, audio: music.get(t.id)! }));

  const meta: CatalogDatasetMeta = {
    tracks: Object.fromEntries(keptTracks.map((t) => [t.out, { isrc: t.isrc, title: t.title }])),
    videos: Object.fromEntries(keptVideos.map((v) => [v.out, { source: v.source }])),
  };
  const pairSources: Record<string, Record<string, string | null>> = {};
  for (const p of datasetPairs) if (p.source !== name) (pairSources[p.videoId] ??= {})[p.trackId] = p.source;
  if (Object.keys(pairSources).length) meta.pairSources = pairSources;

  const dataset: TrainingDataset = {
    name,
    videos: datasetVideos,
    tracks: datasetTracks,
    pairs: datasetPairs.map(({ videoId, trackId, split }) => ({ videoId, trackId, split })),
    meta: { catalog: meta },
  };
  const splits = { train: 0, val: 0, test: 0 };
  for (const p of dataset.pairs) splits[p.split] += 1;
  return {
    dataset,
    report: {
      name,
      videos: datasetVideos.length,
      tracks: datasetTracks.length,
      pairs: dataset.pairs.length,
      skippedPairs: pairs.length - kept.length,
      splits,
    },
  };
}

export async function exportDatasetToDir(
  db: Db,
  dir: string,
  options: DatasetExportOptions = {},
): Promise<DatasetExportReport> {
  const { dataset, report } = await exportDataset(db, options);
  await writeDatasetToDisk(dataset, dir);
  return report;
}

/** An external id equal to another row's database id would merge two rows in the file. */
function assertUnique(ids: string[], kind: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      throw new RangeError(
        `export: two ${kind}s would both be written as ${JSON.stringify(id)} (an external id equals another ${kind}'s id)`,
      );
    seen.add(id);
  }
}
