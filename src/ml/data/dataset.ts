import type { FeatureSequence } from '../features/feature-sequence.js';
import type { VideoText } from '../features/text-hashing.js';

/** What the video tower accepts. Any non-empty subset of visual / audio / text is valid. */
export interface VideoInput {
  visual?: FeatureSequence;
  audio?: FeatureSequence;
  text?: VideoText;
}

export interface DatasetVideo extends VideoInput {
  id: string;
}

export interface DatasetTrack {
  id: string;
  audio: FeatureSequence;
}

export type Split = 'train' | 'val' | 'test';

/** A video and the track it was published with (the self-supervised positive). */
export interface DatasetPair {
  videoId: string;
  trackId: string;
  split: Split;
}

/**
 * Plain-data training set, whether loaded from disk or built from database rows.
 * `compatible[videoId]` lists every track known to fit the video, **its own paired track
 * included** (so "fits" is a property of the track, not of how the data was collected); the
 * others are the "false negatives". It enables the compatible precision/recall metrics, and
 * `checkCompatible` (run by the loader and by `indexDataset`) refuses a list that leaves out
 * the video's own track.
 * `unpairedTracks[split]` lists tracks that belong to a held-out split without a pair: they are
 * candidates when that split is evaluated (every held-out track is a candidate, paired or not).
 */
export interface TrainingDataset {
  name: string;
  videos: DatasetVideo[];
  tracks: DatasetTrack[];
  pairs: DatasetPair[];
  compatible?: Record<string, string[]>;
  unpairedTracks?: Partial<Record<Split, string[]>>;
  meta?: Record<string, unknown>;
}

/** Throws a RangeError naming the first video whose `compatible` list is malformed. */
export function checkCompatible(ds: TrainingDataset): void {
  if (!ds.compatible) return;
  const trackIds = new Set(ds.tracks.map((t) => t.id));
  const videoIds = new Set(ds.videos.map((v) => v.id));
  for (const [videoId, ids] of Object.entries(ds.compatible)) {
    if (!videoIds.has(videoId)) throw new RangeError(`dataset: compatible lists unknown video '${videoId}'`);
    if (!Array.isArray(ids))
      throw new RangeError(`dataset: compatible['${videoId}'] must be a list of track ids`);
    for (const id of ids)
      if (!trackIds.has(id))
        throw new RangeError(`dataset: compatible['${videoId}'] lists unknown track '${id}'`);
  }
  for (const p of ds.pairs) {
    const ids = ds.compatible[p.videoId];
    if (ids && !ids.includes(p.trackId))
      throw new RangeError(
        `dataset: compatible['${p.videoId}'] must include the video's own track '${p.trackId}' (compatible lists every fitting track, the pair's included)`,
      );
  }
}

/** Index lookups plus the pairs of each split, resolved to array positions. */
export interface IndexedDataset {
  ds: TrainingDataset;
  videoIndex: Map<string, number>;
  trackIndex: Map<string, number>;
  split: Record<Split, { video: number; track: number }[]>;
  /** Each split's candidate tracks: those in its pairs, then its unpaired tracks (unique, first-seen order). */
  candidates: Record<Split, number[]>;
}

const SPLITS: Split[] = ['train', 'val', 'test'];

export function indexDataset(ds: TrainingDataset): IndexedDataset {
  const videoIndex = new Map(ds.videos.map((v, i) => [v.id, i]));
  const trackIndex = new Map(ds.tracks.map((t, i) => [t.id, i]));
  if (videoIndex.size !== ds.videos.length) throw new RangeError('dataset: duplicate video ids');
  if (trackIndex.size !== ds.tracks.length) throw new RangeError('dataset: duplicate track ids');
  const split: IndexedDataset['split'] = { train: [], val: [], test: [] };
  for (const p of ds.pairs) {
    const video = videoIndex.get(p.videoId);
    const track = trackIndex.get(p.trackId);
    if (video === undefined) throw new RangeError(`dataset: pair references unknown video '${p.videoId}'`);
    if (track === undefined) throw new RangeError(`dataset: pair references unknown track '${p.trackId}'`);
    if (!split[p.split]) throw new RangeError(`dataset: pair has unknown split '${p.split}'`);
    split[p.split].push({ video, track });
  }
  checkCompatible(ds);
  const candidates = {} as IndexedDataset['candidates'];
  for (const s of SPLITS) {
    const rows = new Set(split[s].map((p) => p.track));
    for (const id of ds.unpairedTracks?.[s] ?? []) {
      const t = trackIndex.get(id);
      if (t === undefined) throw new RangeError(`dataset: unpairedTracks.${s} lists unknown track '${id}'`);
      rows.add(t);
    }
    candidates[s] = [...rows];
  }
  return { ds, videoIndex, trackIndex, split, candidates };
}
