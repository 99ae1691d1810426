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
 * `compatible[videoId]` lists tracks known to fit the video beyond its own pair
 * (the "false negatives"); it enables the compatible precision/recall metrics.
 */
export interface TrainingDataset {
  name: string;
  videos: DatasetVideo[];
  tracks: DatasetTrack[];
  pairs: DatasetPair[];
  compatible?: Record<string, string[]>;
  meta?: Record<string, unknown>;
}

/** Index lookups plus the pairs of each split, resolved to array positions. */
export interface IndexedDataset {
  ds: TrainingDataset;
  videoIndex: Map<string, number>;
  trackIndex: Map<string, number>;
  split: Record<Split, { video: number; track: number }[]>;
}

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
  return { ds, videoIndex, trackIndex, split };
}
