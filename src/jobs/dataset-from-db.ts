import type { MediaFeature } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { featureSequenceOf } from '../catalog/features.js';
import type { DatasetPair, DatasetTrack, DatasetVideo, TrainingDataset } from '../ml/index.js';
import { seededRandom } from '../catalog/demo/random.js';
import { clientError, ErrorCode } from '../errors.js';
import { SYNTHETIC_FRONT_END } from '../media/front-end.js';
import { requestObjectives, type TrainingObjectiveName, type TrainingRequest } from './training-input.js';

const SPLIT = { TRAIN: 'train', VALIDATION: 'val', TEST: 'test' } as const;

/** Data a run left out, counted by reason (TrainingRun.leftOut). */
export interface TrainingExclusion {
  unit: 'PAIRS' | 'TRACKS' | 'OBJECTIVE';
  count: number;
  reason: 'OTHER_FRONT_END' | 'NO_FEATURES' | 'NO_TAGS' | 'NO_DATA';
  message: string;
}

/** One catalog recording for MUSIC_SELF_SUPERVISED (the ml package's MusicRecording). */
export interface CatalogRecording {
  id: string;
  audio: DatasetTrack['audio'];
  split: 'train' | 'val' | 'test';
}

export interface LoadedDataset {
  /** The objectives that had data on the chosen front end, in the request's order. */
  objectives: TrainingObjectiveName[];
  /** VIDEO_MUSIC: the catalog's video-music pairs. */
  dataset?: TrainingDataset;
  /** MUSIC_SELF_SUPERVISED: the catalog's recordings, split by whole recording. */
  recordings?: CatalogRecording[];
  /** TEXT_TO_MUSIC: each tagged track's text (text-only videos) paired with its audio, split by track. */
  textDataset?: TrainingDataset;
  /** Pairs of the selection without features (VIDEO_MUSIC). */
  skippedPairs: number;
  /** The one front end per modality of the features used, for the manifest (none: unrecorded). */
  frontEnds: { audio?: string; visual?: string };
  leftOut: TrainingExclusion[];
}

/** The least data an objective trains on: 2 training items and the held-out ones its metric needs. */
const MIN_ITEMS: Record<TrainingObjectiveName, number> = {
  VIDEO_MUSIC: 3,
  MUSIC_SELF_SUPERVISED: 4,
  TEXT_TO_MUSIC: 4,
};

type FrontEndKey = string | null;
const feName = (f: FrontEndKey) => f ?? 'unspecified';
const isReal = (f: FrontEndKey) => f !== null && f !== SYNTHETIC_FRONT_END;
const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

interface PairRow {
  videoId: string;
  trackId: string;
  split: 'TRAIN' | 'VALIDATION' | 'TEST';
}

interface TrackRow {
  id: string;
  title: string;
  feature: MediaFeature;
  tags: string[];
  artists: string[];
}

/**
 * Builds the trainer's data for the run's objectives from the catalog. A model learns one space
 * per modality, so every objective trains on one audio front end (and VIDEO_MUSIC on one visual
 * front end): the one the first objective has enough data for that the most searchable (ACTIVE)
 * tracks use, real front ends before the demo's synthetic@1 (its tracks stand in for a catalog's
 * own audio until there is some). Everything else is left out and named in `leftOut`, instead of
 * failing the run; a later objective with no data on that front end is dropped and named too.
 */
export async function loadDatasetFromDb(db: Db, request: TrainingRequest): Promise<LoadedDataset> {
  const wanted = requestObjectives(request);
  const searchable = await searchableFrontEnds(db);
  const pairs = wanted.includes('VIDEO_MUSIC') ? await pairRows(db, request) : null;
  const tracks = wanted.some((o) => o !== 'VIDEO_MUSIC') ? await trackRows(db) : null;

  const available = (objective: TrainingObjectiveName, fe: FrontEndKey): number => {
    if (objective === 'VIDEO_MUSIC')
      return pairs!.usable.filter((p) => pairs!.trackAudio.get(p.trackId)!.frontEnd === fe).length;
    const rows = tracks!.filter((t) => t.feature.frontEnd === fe);
    return objective === 'TEXT_TO_MUSIC' ? rows.filter((t) => t.tags.length > 0).length : rows.length;
  };
  const candidates = new Set<FrontEndKey>([
    ...(pairs ? [...pairs.trackAudio.values()].map((f) => f.frontEnd) : []),
    ...(tracks ?? []).map((t) => t.feature.frontEnd),
  ]);
  const primary = wanted[0]!;
  const eligible = [...candidates].filter((fe) => available(primary, fe) >= MIN_ITEMS[primary]);
  if (eligible.length === 0) {
    const counts = [...candidates].map((fe) => `${available(primary, fe)} of ${feName(fe)}`).join(', ');
    throw clientError(
      ErrorCode.BAD_USER_INPUT,
      `${primary} needs at least ${MIN_ITEMS[primary]} ${primary === 'VIDEO_MUSIC' ? 'pairs' : 'tracks'} with features of one front end; the catalog has ${counts || 'none'}`,
      { reason: 'NOT_ENOUGH_DATA', objective: primary },
    );
  }
  eligible.sort(
    (a, b) =>
      Number(isReal(b)) - Number(isReal(a)) ||
      (searchable.get(b) ?? 0) - (searchable.get(a) ?? 0) ||
      available(primary, b) - available(primary, a) ||
      feName(a).localeCompare(feName(b)),
  );
  const audio = eligible[0]!;

  const leftOut: TrainingExclusion[] = [];
  for (const [fe, n] of searchable) {
    if (fe === audio || fe === null) continue;
    leftOut.push({
      unit: 'TRACKS',
      count: n,
      reason: 'OTHER_FRONT_END',
      message: `${plural(n, 'searchable track')} ${n === 1 ? 'has' : 'have'} audio features of front end ${fe}; this run trains on ${feName(audio)}, so its model will not know them`,
    });
  }
  const objectives: TrainingObjectiveName[] = [];
  const out: LoadedDataset = { objectives, skippedPairs: 0, frontEnds: {}, leftOut };
  for (const objective of wanted) {
    if (available(objective, audio) < MIN_ITEMS[objective]) {
      leftOut.push({
        unit: 'OBJECTIVE',
        count: available(objective, audio),
        reason: 'NO_DATA',
        message: `${objective} was left out: ${available(objective, audio)} ${objective === 'VIDEO_MUSIC' ? 'pairs' : objective === 'TEXT_TO_MUSIC' ? 'tagged tracks' : 'tracks'} with ${feName(audio)} features, at least ${MIN_ITEMS[objective]} needed`,
      });
      continue;
    }
    objectives.push(objective);
    if (objective === 'VIDEO_MUSIC') {
      const vm = await videoMusicData(db, request, pairs!, audio);
      out.dataset = vm.dataset;
      out.skippedPairs = vm.skippedPairs;
      if (vm.visual !== null) out.frontEnds.visual = vm.visual;
      leftOut.push(...vm.leftOut);
    } else {
      const rows = tracks!.filter((t) => t.feature.frontEnd === audio);
      if (objective === 'MUSIC_SELF_SUPERVISED') {
        const split = splitByTrack(
          rows.map((t) => t.id),
          request,
        );
        out.recordings = rows.map((t) => ({
          id: t.id,
          audio: featureSequenceOf(t.feature),
          split: split.get(t.id)!,
        }));
      } else {
        const tagged = rows.filter((t) => t.tags.length > 0);
        if (tagged.length < rows.length)
          leftOut.push({
            unit: 'TRACKS',
            count: rows.length - tagged.length,
            reason: 'NO_TAGS',
            message: `TEXT_TO_MUSIC: ${plural(rows.length - tagged.length, 'track')} without tags taught nothing about text`,
          });
        // Held out among the tagged tracks themselves, so the objective always has some.
        const split = splitByTrack(
          tagged.map((t) => t.id),
          request,
        );
        out.textDataset = textDataset(tagged, split);
      }
    }
  }
  if (audio !== null) out.frontEnds.audio = audio;
  if (pairs) {
    const other = pairs.usable.filter((p) => pairs.trackAudio.get(p.trackId)!.frontEnd !== audio).length;
    if (other)
      leftOut.push({
        unit: 'PAIRS',
        count: other,
        reason: 'OTHER_FRONT_END',
        message: `${plural(other, 'pair')} ${other === 1 ? 'has' : 'have'} music features of another front end than ${feName(audio)}`,
      });
    if (pairs.noFeatures)
      leftOut.push({
        unit: 'PAIRS',
        count: pairs.noFeatures,
        reason: 'NO_FEATURES',
        message: `${plural(pairs.noFeatures, 'pair')} ${pairs.noFeatures === 1 ? 'has' : 'have'} a video or track without features`,
      });
  }
  return out;
}

/** ACTIVE tracks with audio features, counted per front end. */
async function searchableFrontEnds(db: Db): Promise<Map<FrontEndKey, number>> {
  const rows = await db.$queryRaw<{ front_end: string | null; n: bigint }[]>`
    SELECT f."front_end", count(DISTINCT f."track_id") AS n
    FROM "media_feature" f JOIN "track" t ON t."id" = f."track_id"
    WHERE f."kind" = 'AUDIO' AND t."status" = 'ACTIVE'
    GROUP BY f."front_end"`;
  return new Map(rows.map((r) => [r.front_end, Number(r.n)]));
}

/** Tracks that may train (all but takedowns) with their audio features, tags and artists. */
async function trackRows(db: Db): Promise<TrackRow[]> {
  const rows = await db.track.findMany({
    where: { status: { not: 'TAKEN_DOWN' }, features: { some: { kind: 'AUDIO' } } },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      title: true,
      features: { where: { kind: 'AUDIO' } },
      tags: { select: { tag: { select: { name: true } } } },
      artists: { select: { artist: { select: { name: true } } } },
    },
  });
  return rows.map((t) => ({
    id: t.id,
    title: t.title,
    feature: t.features[0]!,
    tags: t.tags.map((x) => x.tag.name),
    artists: t.artists.map((x) => x.artist.name),
  }));
}

async function pairRows(db: Db, request: TrainingRequest) {
  const all: PairRow[] = await db.videoMusicPair.findMany({
    where: request.data.sources.length ? { source: { in: request.data.sources } } : {},
    orderBy: { id: 'asc' },
    ...(request.data.maxPairs ? { take: request.data.maxPairs } : {}),
    select: { videoId: true, trackId: true, split: true },
  });
  const [visual, trackAudio] = await Promise.all([
    db.mediaFeature.findMany({
      where: { videoId: { in: [...new Set(all.map((p) => p.videoId))] }, kind: 'VISUAL' },
      select: { videoId: true, frontEnd: true },
    }),
    db.mediaFeature.findMany({
      where: { trackId: { in: [...new Set(all.map((p) => p.trackId))] }, kind: 'AUDIO' },
      select: { trackId: true, frontEnd: true },
    }),
  ]);
  const visualFrontEnd = new Map(visual.map((f) => [f.videoId!, f.frontEnd]));
  const audioOf = new Map(trackAudio.map((f) => [f.trackId!, f]));
  const usable = all.filter((p) => visualFrontEnd.has(p.videoId) && audioOf.has(p.trackId));
  return { usable, trackAudio: audioOf, visualFrontEnd, noFeatures: all.length - usable.length };
}

/**
 * VIDEO_MUSIC on the chosen audio front end: the pairs' videos with their visual (and audio)
 * features and text cues; the visual front end most of those pairs use; a video's audio of
 * another front end is dropped (its visual features still train). When no pair is marked
 * VALIDATION, a seeded share of the TRAIN pairs is held out.
 */
async function videoMusicData(
  db: Db,
  request: TrainingRequest,
  pairs: Awaited<ReturnType<typeof pairRows>>,
  audio: FrontEndKey,
) {
  const leftOut: TrainingExclusion[] = [];
  const sameAudio = pairs.usable.filter((p) => pairs.trackAudio.get(p.trackId)!.frontEnd === audio);
  const visualCounts = new Map<FrontEndKey, number>();
  for (const p of sameAudio) {
    const fe = pairs.visualFrontEnd.get(p.videoId)!;
    visualCounts.set(fe, (visualCounts.get(fe) ?? 0) + 1);
  }
  const visual = [...visualCounts].sort(
    (a, b) => Number(isReal(b[0])) - Number(isReal(a[0])) || b[1] - a[1],
  )[0]![0];
  const usable = sameAudio.filter((p) => pairs.visualFrontEnd.get(p.videoId) === visual);
  if (usable.length < sameAudio.length)
    leftOut.push({
      unit: 'PAIRS',
      count: sameAudio.length - usable.length,
      reason: 'OTHER_FRONT_END',
      message: `${plural(sameAudio.length - usable.length, 'pair')} ${sameAudio.length - usable.length === 1 ? 'has' : 'have'} video features of another front end than ${feName(visual)}`,
    });
  const videoIds = [...new Set(usable.map((p) => p.videoId))];
  const trackIds = [...new Set(usable.map((p) => p.trackId))];
  const [videos, videoFeatures, trackFeatures] = await Promise.all([
    db.video.findMany({ where: { id: { in: videoIds } } }),
    db.mediaFeature.findMany({ where: { videoId: { in: videoIds } } }),
    db.mediaFeature.findMany({ where: { trackId: { in: trackIds }, kind: 'AUDIO' } }),
  ]);
  const frames = new Map(videoFeatures.filter((f) => f.kind === 'VISUAL').map((f) => [f.videoId!, f]));
  const videoAudio = new Map(videoFeatures.filter((f) => f.kind === 'AUDIO').map((f) => [f.videoId!, f]));
  let droppedAudio = 0;
  const datasetVideos: DatasetVideo[] = videos.map((v) => {
    const a = videoAudio.get(v.id);
    const keepAudio = a && a.frontEnd === audio;
    if (a && !keepAudio) droppedAudio++;
    return {
      id: v.id,
      visual: featureSequenceOf(frames.get(v.id)!),
      ...(keepAudio ? { audio: featureSequenceOf(a) } : {}),
      ...(request.useText
        ? {
            text: {
              title: v.title,
              onScreenText: v.onScreenText ?? undefined,
              captions: v.captions ?? undefined,
            },
          }
        : {}),
    };
  });
  if (droppedAudio)
    leftOut.push({
      unit: 'PAIRS',
      count: droppedAudio,
      reason: 'OTHER_FRONT_END',
      message: `${plural(droppedAudio, 'video')} trained on visual features only: their audio comes from another front end than ${feName(audio)}`,
    });
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
  const datasetTracks: DatasetTrack[] = trackFeatures.map((f) => ({
    id: f.trackId!,
    audio: featureSequenceOf(f),
  }));
  return {
    dataset: { name: 'catalog', videos: datasetVideos, tracks: datasetTracks, pairs: datasetPairs },
    skippedPairs: pairs.noFeatures,
    visual,
    leftOut,
  };
}

/**
 * Holds out whole tracks (never windows of a training recording): a seeded share
 * (validationFraction, at least 2) of the given tracks is validation, the rest trains.
 */
function splitByTrack(ids: string[], request: TrainingRequest): Map<string, 'train' | 'val'> {
  const random = seededRandom(request.hyper.seed ^ 0x51ced);
  const order = ids.map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key);
  const val = Math.max(2, Math.round(ids.length * request.data.validationFraction));
  return new Map(order.map((t, i) => [t.id, i < val ? 'val' : 'train']));
}

/**
 * TEXT_TO_MUSIC as the trainer takes it: each track's text as a text-only video (title; tags and
 * artists as captions) paired with the track's audio, split by track.
 */
function textDataset(rows: TrackRow[], split: Map<string, 'train' | 'val'>): TrainingDataset {
  return {
    name: 'catalog-text',
    videos: rows.map((t) => ({
      id: `text:${t.id}`,
      text: { title: t.title, captions: [...t.tags, ...t.artists].join(', ') },
    })),
    tracks: rows.map((t) => ({ id: t.id, audio: featureSequenceOf(t.feature) })),
    pairs: rows.map((t) => ({ videoId: `text:${t.id}`, trackId: t.id, split: split.get(t.id)! })),
  };
}
