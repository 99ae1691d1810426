import type { Db } from '../db/client.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { DatasetPair, DatasetTrack, DatasetVideo, TrainingDataset } from '../ml/index.js';
import { seededRandom } from '../catalog/demo/random.js';
import { clientError, ErrorCode } from '../errors.js';
import { agreedFrontEnd } from '../media/front-end.js';
import type { TrainingRequest } from './training-input.js';

const SPLIT = { TRAIN: 'train', VALIDATION: 'val', TEST: 'test' } as const;

export interface LoadedDataset {
  dataset: TrainingDataset;
  skippedPairs: number;
  /** The one front end per modality of the features used, for the manifest (none: unrecorded). */
  frontEnds: { audio?: string; visual?: string };
}

/**
 * Builds the trainer's in-memory dataset from the catalog's video-music pairs: each video with
 * its visual (and audio) features and text cues, each track with its audio features. Pairs whose
 * video or track lacks features are skipped and counted. When no pair is marked VALIDATION, a
 * seeded share of the TRAIN pairs is held out.
 */
export async function loadDatasetFromDb(db: Db, request: TrainingRequest): Promise<LoadedDataset> {
  const pairs = await db.videoMusicPair.findMany({
    where: request.data.sources.length ? { source: { in: request.data.sources } } : {},
    orderBy: { id: 'asc' },
    ...(request.data.maxPairs ? { take: request.data.maxPairs } : {}),
    select: { videoId: true, trackId: true, split: true },
  });
  const videoIds = [...new Set(pairs.map((p) => p.videoId))];
  const trackIds = [...new Set(pairs.map((p) => p.trackId))];
  const [videos, videoFeatures, trackFeatures] = await Promise.all([
    db.video.findMany({ where: { id: { in: videoIds } } }),
    db.mediaFeature.findMany({ where: { videoId: { in: videoIds } } }),
    db.mediaFeature.findMany({ where: { trackId: { in: trackIds }, kind: 'AUDIO' } }),
  ]);
  const visual = new Map(videoFeatures.filter((f) => f.kind === 'VISUAL').map((f) => [f.videoId!, f]));
  const videoAudio = new Map(videoFeatures.filter((f) => f.kind === 'AUDIO').map((f) => [f.videoId!, f]));
  const music = new Map(trackFeatures.map((f) => [f.trackId!, f]));

  const datasetVideos: DatasetVideo[] = [];
  for (const v of videos) {
    const frames = visual.get(v.id);
    if (!frames) continue;
    const audio = videoAudio.get(v.id);
    datasetVideos.push({
      id: v.id,
      visual: featureSequenceOf(frames),
      ...(audio ? { audio: featureSequenceOf(audio) } : {}),
      ...(request.useText
        ? {
            text: {
              title: v.title,
              onScreenText: v.onScreenText ?? undefined,
              captions: v.captions ?? undefined,
            },
          }
        : {}),
    });
  }
  const datasetTracks: DatasetTrack[] = [...music].map(([id, f]) => ({ id, audio: featureSequenceOf(f) }));
  const usable = pairs.filter((p) => visual.has(p.videoId) && music.has(p.trackId));
  const random = seededRandom(request.hyper.seed);
  const hasValidation = usable.some((p) => p.split === 'VALIDATION');
  const datasetPairs: DatasetPair[] = usable.map((p) => ({
    videoId: p.videoId,
    trackId: p.trackId,
    split:
      !hasValidation && p.split === 'TRAIN' && random() < request.data.validationFraction
        ? 'val'
        : SPLIT[p.split],
  }));
  const trainCount = datasetPairs.filter((p) => p.split === 'train').length;
  const valCount = datasetPairs.filter((p) => p.split === 'val').length;
  if (trainCount < 2 || valCount < 1) {
    throw clientError(
      ErrorCode.BAD_USER_INPUT,
      `the data selection has ${trainCount} training and ${valCount} validation pairs with features; at least 2 and 1 are needed`,
    );
  }
  // Only the features the pairs use: a track or video outside the selection does not count.
  const usedVideos = new Set(usable.map((p) => p.videoId));
  const usedTracks = new Set(usable.map((p) => p.trackId));
  const audioFrontEnd = agreedFrontEnd(
    [
      ...[...usedTracks].map((id) => music.get(id)!.frontEnd),
      ...[...usedVideos].flatMap((id) => {
        const audio = videoAudio.get(id);
        return audio ? [audio.frontEnd] : [];
      }),
    ],
    'audio',
    'data',
  );
  const visualFrontEnd = agreedFrontEnd(
    [...usedVideos].map((id) => visual.get(id)!.frontEnd),
    'visual',
    'data',
  );
  return {
    dataset: { name: 'catalog', videos: datasetVideos, tracks: datasetTracks, pairs: datasetPairs },
    skippedPairs: pairs.length - usable.length,
    frontEnds: {
      ...(audioFrontEnd ? { audio: audioFrontEnd } : {}),
      ...(visualFrontEnd ? { visual: visualFrontEnd } : {}),
    },
  };
}
